"""The report page's inline style and script (``html.py`` hashes both into its Content-Security-Policy)."""

CSS = """
:root { --high: #b3261e; --medium: #a15c00; --low: #1d5fa8; --info: #5f6368; --line: #d9d9d9; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f1f1f; background: #fff; margin: 0 auto; max-width: 76rem; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; margin: 2.4rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid #222; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
code, .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .86em; }
a { color: #1a56a6; }
.summary { font-size: 1.05rem; color: #333; margin: 0 0 1rem; }
nav.toc a { margin-right: 1rem; }
.filters { display: none; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; background: #f6f6f4;
  border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; margin: 0 0 1rem; }
.js .filters { display: flex; }
.filters fieldset { border: 0; margin: 0; padding: 0; }
.filters legend { font-weight: 600; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.filters label { margin-right: .8rem; white-space: nowrap; cursor: pointer; }
.shown { color: var(--muted); font-size: .9rem; margin: .2rem 0 0; align-self: center; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px;
  padding: .7rem 1rem .4rem; margin: 0 0 1rem; background: #fff; }
.finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.head { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.num { color: var(--muted); font-weight: 600; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase;
  padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--info); }
.badge.sev-high { background: var(--high); } .badge.sev-medium { background: var(--medium); }
.badge.sev-low { background: var(--low); } .badge.sev-info { background: var(--info); }
.badge.verdict { background: #fff; color: #222; border: 1px solid #999; }
.badge.v-conflict { color: var(--high); border-color: var(--high); }
.attr { font-weight: 600; }
.where { color: var(--muted); font-size: .92rem; }
.finding .text { font-size: 1.05rem; margin: .45rem 0; }
.rule { color: var(--muted); font-size: .9rem; margin: .2rem 0 .5rem; }
ul.evidence { list-style: none; padding: 0; margin: 0; }
ul.evidence li { margin: 0 0 .6rem; }
blockquote { margin: 0; padding: .3rem .8rem; border-left: 3px solid var(--line); background: #fafafa; }
mark { background: #ffe27a; padding: 0 .1em; border-radius: 2px; }
.prov { font-size: .86rem; color: var(--muted); margin: .15rem 0 0 .8rem; }
.event { border-top: 1px solid var(--line); padding-top: .4rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0 1rem; }
dl.meta dt { font-weight: 600; color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.chart-box { overflow-x: auto; margin: .5rem 0 1rem; }
svg.chart { max-width: 100%; height: auto; }
.table-box { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .3rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f1; font-weight: 600; }
tr.group-start td { border-top: 2px solid #bbb; }
td.date { white-space: nowrap; }
td.num-cell { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.hedge { color: var(--medium); font-size: .85em; }
.unknown { color: var(--muted); font-style: italic; }
ul.event-findings { padding-left: 1.2rem; }
ul.event-findings li { margin: .2rem 0; }
.glance .event-glance { border: 1px solid var(--line); border-radius: 6px; padding: .3rem 1rem .6rem; margin: 0 0 1.2rem; }
.glance h3 { margin-top: .6rem; }
.glance .facts { color: var(--muted); margin: 0 0 .6rem; }
.glance h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
.glance ul { padding-left: 1.2rem; margin: .2rem 0 .6rem; }
td.v-conflict { color: var(--high); font-weight: 600; }
td.v-rose, td.v-revised { color: var(--low); font-weight: 600; }
.inferred { color: var(--muted); font-style: italic; }
details.alone { margin: 0 0 .8rem; }
details.alone summary { cursor: pointer; font-weight: 600; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media screen { .filtered-out { display: none; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters, nav.toc { display: none !important; }
  .filtered-out { display: block; }
  li.filtered-out { display: list-item; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .finding, tr, figure, svg.chart, blockquote { break-inside: avoid; page-break-inside: avoid; }
  section#events, section#documents { break-before: page; page-break-before: always; }
  a { color: inherit; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()

SCRIPT = """
(function () {
  document.documentElement.classList.add('js');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-verdict][data-severity]'));
  var shown = document.getElementById('shown-count');
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.getAttribute('data-facet') + ':' + b.value] = true; } });
    var visible = 0;
    items.forEach(function (el) {
      var hide = off['verdict:' + el.getAttribute('data-verdict')] || off['severity:' + el.getAttribute('data-severity')];
      el.classList.toggle('filtered-out', !!hide);
      if (!hide && el.classList.contains('finding') && el.closest('#attention')) { visible += 1; }
    });
    if (shown) { shown.textContent = String(visible); }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
""".strip()
