/// The site's scripts, embedded in the pages: small, hand-written, no libraries.
enum SiteScript {
    /// On every page: live reload when served by `arakit serve`.
    static let common = """
        (function(){var b=document.body;if(b.dataset.liveReload!=="on"||!window.EventSource)return;
        var s=new EventSource((b.dataset.root||"")+"__arakit/events");
        s.addEventListener("reload",function(){location.reload();});})();
        """

    /// The graph page: filters, search, tree/graph toggle, replay, detail pane.
    /// State also comes from the query (`?dead=1&q=word&step=5&view=tree`), so a
    /// view can be shared as a link.
    static let graph = """
        (function(){
        var data=JSON.parse(document.getElementById("graph-data").textContent);
        var byId={},order=data.nodes.slice().sort(function(a,b){return a.order-b.order;});
        data.nodes.forEach(function(n){byId[n.slug]=n;});
        var q=new URLSearchParams(location.search);
        var search=document.getElementById("search"),dead=document.getElementById("dead-only");
        var types=[].slice.call(document.querySelectorAll("input[data-type]"));
        var stepInput=document.getElementById("step"),stepLabel=document.getElementById("step-label");
        var step=order.length,timer=null;
        if(q.get("dead")==="1")dead.checked=true;
        if(q.get("q"))search.value=q.get("q");
        if(q.get("step")!==null){step=Math.max(0,Math.min(order.length,parseInt(q.get("step"),10)||0));}
        stepInput.max=order.length;
        function els(slug){return document.querySelectorAll('[data-node="'+slug+'"],#node-'+slug);}
        function apply(){
          var term=search.value.trim().toLowerCase(),on={},visible={};
          types.forEach(function(t){on[t.dataset.type]=t.checked;});
          order.forEach(function(n,i){
            var show=on[n.type]!==false&&(!dead.checked||n.dead)&&i<step;
            visible[n.slug]=show;
            var hit=term!==""&&n.text.indexOf(term)>=0;
            els(n.slug).forEach(function(e){e.classList.toggle("hidden",!show);
              e.classList.toggle("match",hit);e.classList.toggle("dim",term!==""&&!hit&&e.tagName!=="LI");});
          });
          data.edges.forEach(function(e){var g=document.getElementById(e.id);if(!g)return;
            g.classList.toggle("hidden",!(visible[e.from]&&visible[e.to]));});
          stepInput.value=step;
          var last=order[step-1];
          stepLabel.textContent=step+" / "+order.length+(last&&step<order.length?" · "+last.id+" "+last.title:"");
          document.getElementById("count").textContent=Object.keys(visible).filter(function(k){return visible[k];}).length;
        }
        function show(slug){var n=byId[slug];if(!n)return;
          document.querySelectorAll(".node.selected").forEach(function(e){e.classList.remove("selected");});
          var g=document.getElementById("node-"+slug);if(g)g.classList.add("selected");
          var t=document.getElementById("detail-"+slug),pane=document.getElementById("detail");
          if(t){pane.innerHTML="";pane.appendChild(t.content.cloneNode(true));}}
        document.querySelectorAll(".canvas .node").forEach(function(g){
          g.addEventListener("click",function(ev){ev.preventDefault();show(g.id.replace(/^node-/,""));});});
        search.addEventListener("input",apply);dead.addEventListener("change",apply);
        types.forEach(function(t){t.addEventListener("change",apply);});
        stepInput.addEventListener("input",function(){step=parseInt(stepInput.value,10);apply();});
        function go(s){step=Math.max(0,Math.min(order.length,s));apply();}
        document.getElementById("first").onclick=function(){go(0);};
        document.getElementById("prev").onclick=function(){go(step-1);};
        document.getElementById("next").onclick=function(){go(step+1);};
        document.getElementById("last").onclick=function(){go(order.length);};
        document.getElementById("play").onclick=function(){
          if(timer){clearInterval(timer);timer=null;this.textContent="▶ Play";return;}
          if(step>=order.length)step=0;this.textContent="❚❚ Pause";var btn=this;
          timer=setInterval(function(){if(step>=order.length){clearInterval(timer);timer=null;
            btn.textContent="▶ Play";return;}go(step+1);},600);};
        var views={graph:document.getElementById("graph-view"),tree:document.getElementById("tree-view")};
        function view(name){views.graph.hidden=name!=="graph";views.tree.hidden=name!=="tree";
          document.getElementById("toggle").textContent=name==="graph"?"Show as tree":"Show as graph";
          document.body.dataset.view=name;}
        document.getElementById("toggle").onclick=function(){view(views.graph.hidden?"graph":"tree");};
        view(q.get("view")==="tree"?"tree":"graph");
        var svg=document.querySelector("#graph-view svg"),zoom=0.6;
        var w0=svg?parseFloat(svg.getAttribute("width")):0,h0=svg?parseFloat(svg.getAttribute("height")):0;
        function scale(z){if(!svg)return;zoom=Math.max(0.15,Math.min(2,z));
          svg.setAttribute("width",(w0*zoom)+"pt");svg.setAttribute("height",(h0*zoom)+"pt");}
        document.getElementById("zoom-in").onclick=function(){scale(zoom*1.25);};
        document.getElementById("zoom-out").onclick=function(){scale(zoom/1.25);};
        // Start fitted to the canvas width (1 pt = 4/3 px), never so small the labels cannot be read.
        var room=document.getElementById("graph-view").clientWidth;
        scale(w0?Math.max(0.45,Math.min(1,room/(w0*4/3))):1);
        if(location.hash.indexOf("#node-")===0)show(location.hash.slice(6));
        apply();
        document.body.dataset.ready="yes";
        })();
        """

    /// After `graph`, on a page without a drawing: open on the tree view unless the query names a view.
    static let treeFirst = """
        (function(){if(!new URLSearchParams(location.search).get("view"))document.getElementById("toggle").click();})();
        """
}
