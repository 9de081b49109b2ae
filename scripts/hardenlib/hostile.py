"""Builders of hostile inputs: bundles, PDFs and archives.

Each builder writes one input at `path` and returns nothing; bundles start as
a copy of examples/tiny-sort so that every other file stays realistic and the
one hostile thing is what is tested.
"""

import os
import random
import shutil
import stat
import struct
import unicodedata
import warnings
import zipfile
import zlib

# ---------------------------------------------------------------- bundles


def copy_bundle(source, path):
    shutil.copytree(source, path, symlinks=True)


def write(path, data, mode="wb"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def append_text(path, text):
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def symlink_passwd(b, sizes, outside):
    os.symlink("/etc/passwd", os.path.join(b, "evidence/tables/x.md"))
    # Listed and cited, so every reader is invited to follow it.
    append_text(os.path.join(b, "evidence/README.md"), "\n- [x.md](tables/x.md)\n")
    append_text(os.path.join(b, "PAPER.md"), "\n| [tables/x.md](evidence/tables/x.md) | linked |\n")


def symlink_root_dir(b, sizes, outside):
    os.symlink("/", os.path.join(b, "src/root"))
    append_text(os.path.join(b, "PAPER.md"), "\n| [root/etc/passwd](src/root/etc/passwd) | x |\n")


def fixable_claims(text):
    """A claims file with a finding --fix repairs (DR005: `## C01 - Title`)."""
    return text.replace("## C01: ", "## C01 - ", 1)


def symlink_fixable_file_out(b, sizes, outside):
    # A core file that --fix would rewrite, linked to a file outside: the fix
    # must be refused, never written through the link.
    claims = os.path.join(b, "logic/claims.md")
    target = os.path.join(outside, "claims.md")
    with open(claims, encoding="utf-8") as f:
        write(target, fixable_claims(f.read()), "w")
    os.unlink(claims)
    os.symlink(target, claims)


def symlink_fixable_dir_out(b, sizes, outside):
    logic = os.path.join(b, "logic")
    target = os.path.join(outside, "logic")
    shutil.copytree(logic, target)
    claims = os.path.join(target, "claims.md")
    with open(claims, encoding="utf-8") as f:
        text = fixable_claims(f.read())
    write(claims, text, "w")
    shutil.rmtree(logic)
    os.symlink(target, logic)


def escaping_paths(b, sizes, outside):
    claims = os.path.join(b, "logic/claims.md")
    with open(claims, encoding="utf-8") as f:
        text = f.read()
    text = text.replace(
        "- **Dependencies**: none",
        "- **Sources**:\n"
        "  - 0.82 ← ../../../../etc/passwd:1 «root» [result]\n"
        "  - 3.83 ← /etc/passwd:1 «root» [result]\n"
        "- **Evidence basis**: see ../../../etc/shadow and /etc/passwd\n"
        "- **Dependencies**: none",
        1,
    )
    write(claims, text, "w")
    experiments = os.path.join(b, "logic/experiments.md")
    with open(experiments, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("- **Evidence**: evidence/tables/table1_crossover.md", "- **Evidence**: ../../etc/passwd, /etc/passwd, evidence/tables/table1_crossover.md", 1)
    text = text.replace("- **Verifies**: C01, C02", "- **Verifies**: C01, C02\n- **Code ref**: ../../../etc/passwd", 1)
    write(experiments, text, "w")
    heuristics = os.path.join(b, "logic/solution/heuristics.md")
    with open(heuristics, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("- **Code ref**: src/execution/hybrid_sort.py", "- **Code ref**: ../../../../../etc/passwd", 1)
    text = text.replace("- **Code ref**: src/execution/hybrid_sort.py", "- **Code ref**: /etc/passwd", 1)
    write(heuristics, text, "w")
    append_text(
        os.path.join(b, "PAPER.md"),
        "\n| [passwd](../../../../etc/passwd) | up |\n| [abs](/etc/passwd) | absolute |\n"
        "| [file](file:///etc/passwd) | url |\n",
    )
    append_text(os.path.join(b, "evidence/README.md"), "\n- [up](../../etc/passwd)\n- [abs](/etc/passwd)\n")


def sparse_file(b, sizes, outside):
    # A core file and an asset, each holding nothing but a hole.
    for relative in ("logic/concepts.md", "src/execution/data.bin"):
        path = os.path.join(b, relative)
        with open(path, "ab") as f:
            f.truncate(sizes["sparse"])


def long_line_over_cap(b, sizes, outside):
    write(os.path.join(b, "logic/problem.md"), b"# Problem\n\n" + b"x" * sizes["long_line"] + b"\n")


def long_line_under_cap(b, sizes, outside):
    # Just under the 8 MiB read cap, so the parsers really see it.
    claims = os.path.join(b, "logic/claims.md")
    with open(claims, "rb") as f:
        text = f.read()
    word = b"sort" * (sizes["long_line_read"] // 4)
    text = text.replace(b"- **Status**: supported", b"- **Status**: supported " + word, 1)
    write(claims, text)


def fifo(b, sizes, outside):
    for relative in ("logic/claims.md", "trace/exploration_tree.yaml"):
        path = os.path.join(b, relative)
        os.unlink(path)
        os.mkfifo(path)


def yaml_alias_bomb(b, sizes, outside):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append("tree:\n- id: N01\n  type: question\n  title: bomb\n  evidence: *a9")
    write(os.path.join(b, "trace/exploration_tree.yaml"), ("\n".join(lines) + "\n").encode())
    # The same bomb in a session file and in staging, which other readers parse.
    write(os.path.join(b, "staging/observations.yaml"), ("\n".join(lines[:10]) + "\nobservations: *a9\n").encode())


def yaml_deep_flow(b, sizes, outside):
    depth = sizes["deep"]
    body = "tree:\n- id: N01\n  type: question\n  title: deep\n  x: " + "[" * depth + "]" * depth + "\n"
    write(os.path.join(b, "trace/exploration_tree.yaml"), body.encode())


def yaml_deep_block(b, sizes, outside):
    depth = sizes["deep"]
    write(os.path.join(b, "trace/exploration_tree.yaml"), ("tree:\n" + "- " * depth + "x\n").encode())
    # Deep mappings too, one short key per level on one line each is quadratic
    # in bytes, so nest children blocks in the session index instead.
    write(os.path.join(b, "trace/sessions/session_index.yaml"), ("sessions: " + "{a: " * depth + "1" + "}" * depth + "\n").encode())


def many_tree_nodes(b, sizes, outside):
    path = os.path.join(b, "trace/exploration_tree.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("tree:\n- id: N00\n  type: question\n  title: root\n  children:\n")
        for i in range(1, sizes["nodes"]):
            f.write(f"  - {{id: N{i:02d}, type: question, title: q{i}}}\n")


def many_claims(b, sizes, outside):
    path = os.path.join(b, "logic/claims.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Claims\n\n")
        for i in range(1, sizes["claims"] + 1):
            f.write(
                f"## C{i:02d}: Claim number {i}\n"
                f"- **Statement**: Insertion sort is faster than merge sort at n = 8 (case {i}).\n"
                "- **Status**: supported\n"
                "- **Falsification criteria**: Refuted if merge sort is faster at n = 8.\n"
                "- **Proof**: [E01]\n"
                "- **Evidence basis**: Table 1: at n = 8, insertion 0.82 µs vs. merge 3.83 µs.\n"
                f"- **Dependencies**: [C{max(1, i - 1):02d}]\n\n"
            )


def invalid_utf8(b, sizes, outside):
    for relative in ("logic/claims.md", "trace/exploration_tree.yaml", "PAPER.md"):
        path = os.path.join(b, relative)
        with open(path, "rb") as f:
            data = f.read()
        middle = len(data) // 2
        write(path, data[:middle] + b"\xff\xfe\xc3(\xed\xa0\x80\xf4\x90\x80\x80" + data[middle:])


def nul_bytes(b, sizes, outside):
    for relative in ("logic/claims.md", "trace/exploration_tree.yaml", "PAPER.md", "evidence/tables/table1_crossover.md"):
        path = os.path.join(b, relative)
        with open(path, "rb") as f:
            data = f.read()
        write(path, data.replace(b"supported", b"supp\x00orted").replace(b"id: N0", b"id: \x00N0") + b"\x00" * 100)


def text_files(b):
    for dirpath, _, names in os.walk(b):
        for name in names:
            if name.endswith((".md", ".yaml")):
                yield os.path.join(dirpath, name)


def crlf(b, sizes, outside):
    for path in text_files(b):
        with open(path, "rb") as f:
            data = f.read()
        write(path, data.replace(b"\n", b"\r\n"))
    # And old-Mac lone CRs in one file.
    path = os.path.join(b, "logic/concepts.md")
    with open(path, "rb") as f:
        write(path, f.read().replace(b"\r\n", b"\r"))


def bom(b, sizes, outside):
    for path in text_files(b):
        with open(path, "rb") as f:
            data = f.read()
        write(path, b"\xef\xbb\xbf" + data)


def nfd_ids(b, sizes, outside):
    def nfd(text):
        return unicodedata.normalize("NFD", text)

    tree = os.path.join(b, "trace/exploration_tree.yaml")
    with open(tree, encoding="utf-8") as f:
        text = f.read()
    # Node ids in NFD, references to them in NFC: equal to a person, not bytewise.
    text = text.replace("id: N02", "id: " + nfd("Ñé02")).replace("also_depends_on: [N03]", "also_depends_on: [Ñé02, N03]")
    write(tree, text, "w")
    claims = os.path.join(b, "logic/claims.md")
    with open(claims, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("## C02: ", "## " + nfd("Ç02") + ": ").replace("[C01, C02]", "[C01, Ç02]")
    write(claims, text, "w")
    os.rename(os.path.join(b, "evidence/tables/table1_crossover.md"), os.path.join(b, "evidence/tables", nfd("tablé1_crossover.md")))
    append_text(os.path.join(b, "evidence/README.md"), "\n- [t](tables/tablé1_crossover.md)\n")


def random_bytes(b, sizes, outside):
    rng = random.Random(7)
    for path in text_files(b):
        size = os.path.getsize(path)
        write(path, bytes(rng.getrandbits(8) for _ in range(size)))


def many_files(b, sizes, outside):
    folder = os.path.join(b, "evidence/tables/many")
    os.makedirs(folder)
    for i in range(sizes["files"]):
        with open(os.path.join(folder, f"t{i}.md"), "wb"):
            pass


def deep_dirs(b, sizes, outside):
    # Deeper than PATH_MAX (4096): only descriptor-relative calls reach the bottom.
    fd = os.open(os.path.join(b, "evidence"), os.O_RDONLY | os.O_DIRECTORY)
    for _ in range(sizes["dir_depth"]):
        os.mkdir("dd", dir_fd=fd)
        inner = os.open("dd", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        os.close(fd)
        fd = inner
    leaf = os.open("table9.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(leaf, b"# Table 9: deep\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    os.close(leaf)
    os.close(fd)


def empty_bundle(b, sizes, outside):
    shutil.rmtree(b)
    os.makedirs(b)
    write(os.path.join(b, "PAPER.md"), b"")


# ---------------------------------------------------------------- PDFs


def pdf_document(objects, trailer_extra=""):
    """A PDF from numbered object bodies (1-based), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(dictionary, data):
    return f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


PAGE_TEXT = b"BT /F1 12 Tf 72 720 Td (Table 1: Results of the hostile page.) Tj ET"


def pdf_many_pages(path, sizes):
    # `pages` page objects sharing one content stream and one font: a small
    # file that is a long book. (One page object listed `pages` times is
    # refused by poppler outright: more pages than objects.)
    pages = sizes["pages"]
    first_page = 5
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        stream("", PAGE_TEXT),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objects += [page] * pages
    write(path, pdf_document(objects))


def pdf_huge_image(path, sizes):
    # 30,000 x 30,000 pixels declared; a few hundred bytes of deflated data.
    side = 30000
    image = zlib.compress(b"\x00" * 100000, 9)
    content = b"q 500 0 0 500 56 200 cm /Im1 Do Q " + b"BT /F1 10 Tf 56 180 Td (Figure 1: A very large image.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        stream("", content),
        stream(f"/Type /XObject /Subtype /Image /Width {side} /Height {side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", image),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    write(path, pdf_document(objects))


def pdf_encrypted(path, sizes):
    # A Standard security handler whose /U matches no password: readers must
    # ask for one and a tool without it must refuse, not guess.
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        stream("", b"\x8a\x13\x99\x01garbled"),
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -3904 >>",
    ]
    write(path, pdf_document(objects, "/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] "))


def pdf_truncated(path, sizes, paper):
    with open(paper, "rb") as f:
        data = f.read()
    write(path, data[: len(data) // 2])


def pdf_not_pdf(path, sizes):
    write(path, b"This is a plain text file that only has a .pdf name.\n" * 20)


def pdf_empty(path, sizes):
    write(path, b"")


def pdf_deep_pages(path, sizes):
    # A page tree that is a chain of Pages nodes thousands deep.
    depth = 5000
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = f"/Parent {number - 1} 0 R " if level else ""
        objects.append(f"<< /Type /Pages {parent}/Kids [{number + 1} 0 R] /Count 1 >>".encode())
    page = 2 + depth
    objects.append(f"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 612 792] /Contents {page + 1} 0 R >>".encode())
    objects.append(stream("", PAGE_TEXT))
    write(path, pdf_document(objects))


def pdf_page_loop(path, sizes):
    # Pages whose Kids include itself.
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    write(path, pdf_document(objects))


# ---------------------------------------------------------------- archives


def append_entry(archive, name, data, external_attr=None, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = compress
    if external_attr is not None:
        info.external_attr = external_attr
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point
        with zipfile.ZipFile(archive, "a") as z:
            z.writestr(info, data)


def zip_from_base(path, base):
    shutil.copyfile(base, path)


def zip_bomb(path, sizes, base):
    zip_from_base(path, base)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("evidence/tables/bomb.md", date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as entry:
            chunk = b"\x00" * (1 << 20)
            for _ in range(sizes["bomb_mb"]):
                entry.write(chunk)


def zip_lying_bomb(path, sizes, base):
    # The headers state 1,000 bytes; the data inflates to many megabytes.
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo("PAPER.md", date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, b"\x00" * (sizes["bomb_mb"] << 20))
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        struct.pack_into("<I", data, 22, 1000)  # local header: uncompressed size
        central = data.rfind(b"PK\x01\x02")
        struct.pack_into("<I", data, central + 24, 1000)  # central directory: the same
        f.seek(0)
        f.write(data)


def zip_traversal(path, sizes, base):
    zip_from_base(path, base)
    append_entry(path, "../x", b"escaped\n")


def zip_absolute(path, sizes, base):
    zip_from_base(path, base)
    append_entry(path, "/tmp/x", b"escaped\n")


def zip_symlink(path, sizes, base):
    zip_from_base(path, base)
    append_entry(path, "evidence/tables/link.md", b"/etc/passwd", external_attr=(stat.S_IFLNK | 0o777) << 16)


def zip_duplicate(path, sizes, base):
    zip_from_base(path, base)
    append_entry(path, "PAPER.md", b"# A second PAPER.md\n")


def zip_truncated(path, sizes, base):
    with open(base, "rb") as f:
        data = f.read()
    write(path, data[: len(data) // 2])


def zip_not_zip(path, sizes, base):
    write(path, b"PK\x03\x04" + bytes(range(256)) * 40)


def zip_valid(path, sizes, base):
    zip_from_base(path, base)
