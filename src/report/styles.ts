/**
 * The report's whole stylesheet, inlined (the file must open offline). Light and dark palettes
 * through `prefers-color-scheme`; below 640 px the timeline turns vertical and the evidence panel
 * becomes a bottom sheet. Highlight colours pass WCAG AA contrast in both palettes.
 */
export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#f6f7f9;--fg:#1c1f24;--muted:#5a6270;--card:#fff;--border:#d8dce3;--accent:#3451c7;--on-accent:#fff;
--ent-bg:#ffe27a;--ent-fg:#3a2c00;--date-bg:#c4e2ff;--date-fg:#06294a;--num-bg:#c6efcb;--num-fg:#0b3a14;--heat:#d9480f;--shadow:0 1px 3px rgba(20,30,50,.08)}
@media (prefers-color-scheme:dark){:root{--bg:#14161b;--fg:#e4e7ec;--muted:#9da5b2;--card:#1d2027;--border:#363b47;--accent:#93a8ff;--on-accent:#14161b;
--ent-bg:#6e5600;--ent-fg:#fff4c7;--date-bg:#11406d;--date-fg:#dbeeff;--num-bg:#1c5a28;--num-fg:#d7fadc;--heat:#ff8747;--shadow:none}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:1200px;margin:0 auto;padding:1.25rem 1.25rem 4rem}
h1{font-size:1.55rem;margin:.2rem 0 .3rem;line-height:1.25}
h2{font-size:1.15rem;margin:2rem 0 .7rem;padding-bottom:.3rem;border-bottom:1px solid var(--border)}
h3{font-size:1.05rem;margin:0;line-height:1.35}
a{color:var(--accent)}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
.muted{color:var(--muted)}
.summary{margin:.2rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;font-size:.9em}
mark.hl{border-radius:3px;padding:0 .18em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl-entity{background:var(--ent-bg);color:var(--ent-fg)}
.hl-date{background:var(--date-bg);color:var(--date-fg)}
.hl-number{background:var(--num-bg);color:var(--num-fg)}
.clusters{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,540px),1fr));align-items:start}
.cluster{min-width:0;background:var(--card);border:1px solid var(--border);border-radius:10px;padding:1rem 1.1rem;box-shadow:var(--shadow)}
.cluster:target{outline:2px solid var(--accent)}
.cid{display:inline-block;font:600 .78em ui-monospace,Menlo,Consolas,monospace;background:var(--accent);color:var(--on-accent);border-radius:4px;padding:.05em .4em;vertical-align:.12em}
.facts{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.5rem 0;font-size:.9em}
.facts div{display:flex;gap:.35rem;align-items:baseline}
.facts dt{color:var(--muted)}
.facts dd{margin:0;font-weight:600}
.lang{display:inline-block;border:1px solid var(--border);border-radius:99px;padding:0 .5em;font:600 .78em ui-monospace,Menlo,Consolas,monospace;text-transform:uppercase}
.chips,.links{margin:.35rem 0;line-height:1.9}
.chips mark,.ev-list mark{white-space:nowrap}
.chips-label{font-size:.75em;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin-right:.3rem}
.members{list-style:none;margin:.6rem 0 0;padding:0}
.member{border-top:1px solid var(--border);padding:.6rem 0 .2rem}
.member-head{display:flex;flex-wrap:wrap;gap:.1rem .5rem;align-items:baseline;font-size:.85em}
.num{font-weight:700;color:var(--accent)}
.docid{overflow-wrap:anywhere}
.meta{color:var(--muted)}
.meta span+span::before{content:" · "}
.doc-title{font-weight:600;margin:.15rem 0;overflow-wrap:anywhere}
.note{color:var(--muted);font-style:italic;margin:.2rem 0}
.snippet,.fulltext{white-space:pre-line;overflow-wrap:anywhere;margin:.3rem 0}
details{margin:.2rem 0 .4rem;font-size:.9em}
summary{cursor:pointer;color:var(--accent)}
.fulltext{max-height:26rem;overflow:auto;border-left:3px solid var(--border);padding-left:.7rem}
button.pair{font:inherit;font-size:.85em;color:var(--fg);background:var(--bg);border:1px solid var(--border);border-radius:6px;padding:.05rem .5rem;cursor:pointer}
button.pair:hover,button.pair:focus-visible,button.pair.active{border-color:var(--accent);outline:1px solid var(--accent)}
.problems li{overflow-wrap:anywhere}
.tl{position:relative;container-type:inline-size;list-style:none;margin:0 .5rem;padding:0;height:calc(var(--lanes) * 2.3rem + 1.4rem);border-bottom:2px solid var(--border)}
.tl-item{position:absolute;left:calc(var(--pos) * 100%);bottom:0;width:0}
.tl-item::before{content:"";position:absolute;left:-1px;bottom:0;width:2px;height:calc(1.3rem + var(--lane) * 2.3rem);background:var(--border)}
.tl-item a{color:var(--fg);text-decoration:none}
.tl-dot{position:absolute;left:0;bottom:0;width:calc(10px + var(--size) * 2px);height:calc(10px + var(--size) * 2px);border-radius:50%;background:var(--accent);border:2px solid var(--card);transform:translate(-50%,50%)}
.tl-label{position:absolute;bottom:calc(1.3rem + var(--lane) * 2.3rem);left:0;transform:translateX(calc(var(--pos) * -100%));white-space:nowrap;max-width:min(30cqw,22rem);overflow:hidden;text-overflow:ellipsis;background:var(--card);border:1px solid var(--border);border-radius:6px;padding:.1rem .45rem;font-size:.85em}
.tl-item a:hover .tl-label,.tl-item a:focus-visible .tl-label{border-color:var(--accent)}
.tl.compact .tl-text{display:none}
.tl.compact .tl-item a:hover .tl-text,.tl.compact .tl-item a:focus-visible .tl-text{display:inline}
.tl.compact .tl-item a:hover .tl-label,.tl.compact .tl-item a:focus-visible .tl-label{z-index:2;max-width:none}
.tl-axis{display:flex;justify-content:space-between;margin:.5rem .5rem 0;font-size:.8em;color:var(--muted)}
.heat-legend{display:flex;gap:.4rem;align-items:center;font-size:.8em;color:var(--muted)}
.heat-legend .ramp{width:9rem;height:.7rem;border:1px solid var(--border);background:linear-gradient(90deg,var(--card),var(--heat))}
.heatmap-wrap{overflow:auto;max-width:100%;margin-top:.5rem}
.heatmap{border-collapse:collapse;font-size:clamp(.5rem,calc(var(--cell) * .42),.75rem)}
.heatmap th{color:var(--muted);font-weight:600;padding:1px 3px;text-align:center}
.heatmap thead th{padding:1px 0}
.heatmap{--cell:clamp(12px,calc(min(1100px,100vw - 5rem) / var(--n,10)),2.1rem)}
.cell{width:var(--cell);min-width:12px;height:var(--cell);padding:0;border:1px solid var(--bg);background:color-mix(in srgb,var(--heat) calc(var(--s,0) * 100%),var(--card));cursor:pointer}
.cell.self{background:var(--border);cursor:default}
.cell.edge-t{border-top:2px solid var(--fg)}
.cell.edge-l{border-left:2px solid var(--fg)}
.cell:hover,.cell:focus-visible,.cell.active{outline:2px solid var(--accent);outline-offset:-2px}
.evidence{position:fixed;right:1rem;bottom:1rem;z-index:10;width:min(400px,calc(100vw - 2rem));max-height:min(46vh,38rem);overflow:auto;background:var(--card);color:var(--fg);border:1px solid var(--border);border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.25);padding:.8rem 1rem;font-size:.88em}
.evidence.top{top:1rem;bottom:auto}
.evidence[hidden]{display:none}
.evidence h3{margin-right:2rem}
.ev-close{position:absolute;top:.5rem;right:.6rem;font:inherit;font-size:1.1em;line-height:1;background:none;border:0;color:var(--muted);cursor:pointer;padding:.2rem .4rem}
.ev-doc{margin:.2rem 0;overflow-wrap:anywhere}
.ev-verdict{font-weight:600;margin:.3rem 0}
.ev-signals{display:grid;grid-template-columns:auto 1fr auto;gap:.2rem .6rem;align-items:center;margin:.5rem 0}
.ev-bar{height:.55rem;background:var(--border);border-radius:3px;overflow:hidden}
.ev-bar i{display:block;height:100%;width:calc(var(--v) * 100%);background:var(--accent)}
.ev-none{color:var(--muted);font-style:italic}
.ev-list{margin:.3rem 0;line-height:1.9}
footer{margin-top:2.5rem;font-size:.85em;color:var(--muted)}
@media (max-width:640px){
main{padding:.8rem .8rem 4rem}
h1{font-size:1.3rem}
.tl{height:auto;border-bottom:0;border-left:2px solid var(--border);margin:0 0 0 .4rem;padding:.2rem 0 .2rem 1.1rem}
.tl-item{position:relative;left:auto;bottom:auto;width:auto;margin:.35rem 0}
.tl-item::before{display:none}
.tl-dot{left:calc(-1.1rem - 1px);top:.75em;bottom:auto;transform:translate(-50%,-50%)}
.tl-label{position:static;display:block;transform:none;white-space:normal;max-width:none}
.tl.compact .tl-text{display:inline}
.tl-axis{display:none}
.evidence{left:.5rem;right:.5rem;bottom:.5rem;width:auto}
.evidence.top{top:.5rem}
}
@media print{.evidence{display:none}.cluster{break-inside:avoid}}
`;
