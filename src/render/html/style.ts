/**
 * The report's style sheet: two panes side by side from 1280 px down to tablets, stacked on a phone; CJK
 * fonts from the system. The long parts (a sheet per page, a table per section, a document) are under
 * `content-visibility: auto`, laid out only near the view: the bundled issue's report loads in a third of
 * the time.
 */
export const STYLE = `
:root {
  --sans: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", "Sarasa Mono SC", "WenQuanYi Micro Hei Mono",
    "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", monospace;
  --task-assignment: #dcebff; --levy-notice: #dcf3dc; --regulation: #eee2fa; --personnel: #ffebd1; --generic: #e8ecef;
  --error: #c62828; --warning: #b26a00; --info: #3d6fa8; --highlight: #fff1a6; --line: #d0d4d8;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.55 var(--sans); color: #1f2328; background: #fff;
  display: grid; grid-template-rows: auto minmax(0, 1fr); height: 100vh; }
h1 { font-size: 1.25em; margin: 0 0 .4em; }
h3 { font-size: 1.1em; margin: .2em 0 .5em; }
h4 { font-size: 1em; margin: 1em 0 .4em; }
h5 { font-size: 1em; margin: .8em 0 .3em; }
h6 { font-size: .95em; margin: .6em 0 .3em; color: #444; }
#summary { padding: .5em 1em; border-bottom: 1px solid var(--line); max-height: 30vh; overflow: auto; background: #f7f8fa; }
.figures { display: flex; flex-wrap: wrap; gap: .3em .6em; margin: .2em 0; }
.figure { padding: .1em .55em; border-radius: 4px; background: #fff; border: 1px solid var(--line); white-space: nowrap; }
.figure.error b, .dg.error { color: var(--error); }
.figure.warning b, .dg.warning { color: var(--warning); }
.figure.info b, .dg.info { color: var(--info); }
.figure.unconsumed b { color: var(--error); }
.figure.furniture b { color: #777; }
.figure.rule { font-size: .92em; }
.legend { margin: .3em 0; color: #555; font-size: .9em; }
kbd { border: 1px solid #bbb; border-radius: 3px; padding: 0 .3em; font: .9em var(--mono); background: #fff; }
#diagnostics summary { cursor: pointer; font-weight: 600; }
ol.diagnostics { margin: .3em 0; padding-left: 2em; }
.dg { text-decoration: none; overflow-wrap: anywhere; }
a.dg:hover, a.dg.current { text-decoration: underline; background: var(--highlight); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .2em .45em; vertical-align: top; text-align: left; }
main { display: grid; grid-template-columns: minmax(0, 1.05fr) minmax(0, 1fr); min-height: 0; }
.pane { overflow: auto; min-height: 0; }
#source { border-right: 1px solid var(--line); font: 13px/1.6 var(--mono); padding-bottom: 40vh; }
#data { padding: .6em 1em 40vh; }
.sheet { content-visibility: auto; contain-intrinsic-size: auto 1600px; }
.l { display: grid; grid-template-columns: 3.6em minmax(0, 1fr) auto; cursor: pointer; border-left: 3px solid transparent; }
.l:hover { background: #f2f4f7; }
.l .n { color: #8a9099; text-align: right; padding-right: .8em; user-select: none; -webkit-user-select: none; }
.l .t { white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1.6em; }
.l.d-error { border-left-color: var(--error); }
.l.d-warning { border-left-color: var(--warning); }
.l.d-info { border-left-color: #9db8d9; }
.l.hl, .l.hl:hover { background: var(--highlight); }
.l.hl .n { color: #5a4a00; font-weight: 600; }
.margin { max-width: 18em; padding: 0 .4em; font: 12px/1.45 var(--sans); }
.note { display: block; overflow-wrap: anywhere; }
.note.e { color: var(--error); } .note.w { color: var(--warning); } .note.i { color: var(--info); }
.page-break { border-top: 1px dashed #9aa0a6; margin: .5em 0 .2em; color: #6b7280; font: 11px var(--sans); text-align: center; }
.k-task-assignment { background: var(--task-assignment); }
.k-levy-notice { background: var(--levy-notice); }
.k-regulation { background: var(--regulation); }
.k-personnel { background: var(--personnel); }
.k-generic { background: var(--generic); }
.t .f { background: transparent; color: #a0a6ad; }
.t .u { background: #ffd3d3; color: #8b0000; outline: 1px solid var(--error); }
.t .de { text-decoration: underline wavy var(--error); text-decoration-skip-ink: none; }
.t .dw { text-decoration: underline wavy var(--warning); text-decoration-skip-ink: none; }
.document { border: 1px solid var(--line); border-radius: 6px; padding: .6em .8em; margin: 0 0 1em; background: #fff;
  content-visibility: auto; contain-intrinsic-size: auto 2000px; }
.document.kind-task-assignment { border-left: 6px solid #6ea8ff; }
.document.kind-levy-notice { border-left: 6px solid #5cb85c; }
.document.kind-regulation { border-left: 6px solid #a77bd6; }
.document.kind-personnel { border-left: 6px solid #f0a44b; }
.document.kind-generic { border-left: 6px solid #9aa5ae; }
.kind { font: 600 .75em var(--sans); padding: .1em .45em; border-radius: 3px; background: #eef1f4; color: #444; vertical-align: middle; }
dl.envelope { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1em .8em; margin: .3em 0; }
dl.envelope dt { color: #6b7280; }
dl.envelope dd { margin: 0; overflow-wrap: anywhere; }
details.body > summary { cursor: pointer; color: #444; }
ul.outline { padding-left: 1.4em; margin: .2em 0; }
ul.outline p { margin: .1em 0; }
.forwarded { border-left: 3px solid #ccd; padding-left: .8em; margin: .6em 0; }
.scroll-x { overflow-x: auto; }
.section-table { content-visibility: auto; contain-intrinsic-size: auto 3000px; margin-bottom: .6em; }
table.tasks { font-size: .92em; width: 100%; min-width: 36em; table-layout: fixed; }
table.tasks td:first-child { text-align: right; }
table.tasks th, table.tasks td { overflow-wrap: anywhere; }
table.tasks col.seq { width: 3em; } table.tasks col.text { width: 38%; } table.tasks col.leaders { width: 4.5em; } table.tasks col.lead { width: 20%; }
tr.section th { background: #e9eef5; }
tr.subsection th { background: #f4f6f9; font-weight: 500; }
tr.task, tr.notice, .article, ul.outline li, .forwarded { cursor: pointer; }
tr.task:hover, tr.notice:hover, .article:hover { background: #f6f8fb; }
.article { padding: .2em .4em; margin: .2em 0; border-radius: 4px; }
.article p { margin: .15em 0; }
#data .hl, #data .hl:hover { background: var(--highlight); outline: 2px solid #e0b400; }
#data .document.hl, #data .forwarded.hl { background: #fff; }
.missing { color: var(--error); }
@media (max-width: 800px) {
  body { display: block; height: auto; font-size: 15px; }
  #summary { max-height: none; }
  main { display: block; }
  .pane { height: 75vh; border-bottom: 1px solid var(--line); }
  #source { border-right: 0; font-size: 12px; padding-bottom: 2em; }
  #data { padding-bottom: 2em; }
  .l { grid-template-columns: 2.9em minmax(0, 1fr); }
  .margin { grid-column: 2; max-width: none; padding: 0; }
}
`;
