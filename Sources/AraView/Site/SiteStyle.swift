/// The site's style sheet, embedded in every page. System fonts only.
enum SiteStyle {
    static let css = """
        :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;\
        --cite:#fff3b0;--dead:#b91c1c}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
        color:var(--fg);background:var(--bg)}
        a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
        header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.2rem;padding:.6rem 1.2rem;\
        border-bottom:1px solid var(--line);background:var(--soft);position:sticky;top:0;z-index:5}
        .brand{font-weight:650;color:var(--fg);max-width:32rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
        nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem;font-size:.92rem}
        nav a{color:var(--muted)}nav a[aria-current]{color:var(--fg);font-weight:600;border-bottom:2px solid var(--accent)}
        main{max-width:72rem;margin:0 auto;padding:1.2rem 1.2rem 3rem}
        main.wide{max-width:none}
        h1{font-size:1.6rem;line-height:1.25;margin:.4rem 0 .8rem}h2{font-size:1.25rem;margin:1.6rem 0 .5rem}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        .muted{color:var(--muted)}.small{font-size:.88rem}
        code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:.1em .3em;\
        border-radius:4px}
        pre{background:var(--soft);padding:.8rem;border-radius:6px;overflow:auto}pre code{background:none;padding:0}
        .table-wrap{overflow-x:auto;margin:.6rem 0}
        table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid var(--line);padding:.3rem .55rem;\
        text-align:left;vertical-align:top}th{background:var(--soft)}
        td.cited,td:target{background:var(--cite);outline:2px solid #d4a72c;font-weight:600}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.8rem;margin:1rem 0}
        .card{border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;background:var(--bg)}
        .card .n{font-size:1.6rem;font-weight:650}
        .object{border:1px solid var(--line);border-radius:8px;padding:.2rem 1rem .8rem;margin:1rem 0}
        .object h2{margin-top:.8rem}
        dl.fields{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.35rem 1rem;margin:.6rem 0}
        dl.fields dt{font-weight:600;color:var(--muted)}dl.fields dd{margin:0}dl.fields dd>p:first-child{margin-top:0}
        .badge{display:inline-block;font-size:.78rem;padding:.05rem .5rem;border-radius:999px;border:1px solid var(--line);\
        background:var(--soft);white-space:nowrap}
        .s-supported{background:#dcfce7;border-color:#86efac}.s-hypothesis{background:#e0f2fe;border-color:#7dd3fc}
        .s-refuted{background:#fee2e2;border-color:#fca5a5}.s-partially{background:#fef9c3;border-color:#fde047}
        .finding{border-left:4px solid #d4a72c;background:#fffbeb;padding:.35rem .7rem;margin:.4rem 0;font-size:.9rem}
        .finding.error{border-color:#cf222e;background:#fff1f0}.finding.info{border-color:#0969da;background:#f0f7ff}
        .chain{list-style:none;padding-left:0}.chain>li{margin:.6rem 0;padding-left:1rem;border-left:3px solid var(--line)}
        .dropped-link{border-bottom:1px dotted var(--muted)}
        .raw{color:var(--muted)}
        .timeline{list-style:none;padding-left:1rem;border-left:3px solid var(--line)}
        .timeline li{margin:.8rem 0}.timeline time{font-weight:600}
        .graph-page{display:grid;grid-template-columns:15rem minmax(0,1fr) 20rem;gap:1rem;align-items:start}
        .graph-page>*{min-width:0}
        .panel{border:1px solid var(--line);border-radius:8px;padding:.7rem;background:var(--soft);font-size:.9rem}
        .panel fieldset{border:0;padding:0;margin:.6rem 0}.panel legend{font-weight:600;margin-bottom:.2rem}
        .panel label{display:flex;align-items:center;gap:.35rem}
        .panel input[type=search]{width:100%;padding:.35rem;border:1px solid var(--line);border-radius:6px}
        .panel button{padding:.25rem .55rem;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer}
        .swatch{display:inline-block;width:.9rem;height:.9rem;border:2px solid;border-radius:3px}
        .canvas{border:1px solid var(--line);border-radius:8px;overflow:auto;max-height:80vh;background:#fff}
        .canvas svg{display:block;height:auto;max-width:none}
        .node.hidden,.edge.hidden,li.tnode.hidden{display:none}
        .node.dim,.edge.dim{opacity:.18}.node.match polygon,.node.match ellipse,.node.match path{stroke-width:4px}
        .node.selected polygon,.node.selected ellipse,.node.selected path{stroke:#0969da;stroke-width:4px}
        .node{cursor:pointer}
        .tree{padding:.5rem .9rem}
        .tree ul{list-style:none;padding-left:1.1rem;border-left:1px dashed var(--line);margin:.1rem 0}
        .tree>ul{border-left:0;padding-left:0}
        li.tnode{margin:.15rem 0}li.tnode.match>a{background:var(--cite)}
        .tnode .kind{font-size:.72rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
        .t-dead_end>.kind,.dead-mark{color:var(--dead);font-weight:700}
        .detail h3{margin-top:0}.detail{position:sticky;top:4rem;max-height:85vh;overflow:auto}
        [hidden]{display:none !important}
        @media (max-width:1100px){.graph-page{grid-template-columns:minmax(0,1fr)}.detail{position:static}}
        @media (max-width:640px){main{padding:.8rem}header.top{position:static}dl.fields{grid-template-columns:1fr}\
        h1{font-size:1.3rem}.brand{max-width:100%}}
        """
}
