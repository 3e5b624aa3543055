"""The three faces of a report: a terminal summary, JSON, and one self-contained HTML page."""

from __future__ import annotations

import html
import json

from .findings import KINDS, Report, Sample

__all__ = ["render_html", "render_json", "render_text"]


def render_json(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, sort_keys=False) + "\n"


def render_text(report: Report, verbose: bool = False) -> str:
    lines = [f"capture  {report.capture}", f"spec     {report.spec}",
             f"{report.packets} packet(s), {report.pdus} PDU(s); "
             + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in report.info.items())]
    lines.append("")
    lines.append(f"{'port':16} {'message':28} {'seen':>9} {'decoded':>9} {'failed':>7}")
    for port, per in sorted(report.stats.items()):
        for msg, st in sorted(per.items()):
            lines.append(f"{port:16} {msg:28} {st.seen:>9} {st.decoded:>9} {st.failed:>7}")
    lines.append("")
    findings = report.sorted_findings()
    if not findings:
        lines.append("ok: the capture agrees with the spec")
        return "\n".join(lines) + "\n"
    lines.append(f"{len(findings)} disagreement(s):")
    kind = ""
    for f in findings:
        if f.kind != kind:
            kind = f.kind
            lines.append(f"  {KINDS[kind]}:")
        where = f" (frames {', '.join(map(str, f.frames))})" if f.frames else ""
        lines.append(f"    [{f.port}] {f.detail}: {f.count}x{where}")
        if f.samples and (verbose or f.kind == "decode_failed"):
            s = f.samples[0]
            lines.append(f"      frame {s.frame}: {_excerpt(s)}")
    if report.proposals:
        lines.append("")
        lines.append("proposed spec edits (YAML to paste):")
        for p in report.proposals:
            lines.append(f"  # {p.summary}: {p.file} at {p.where}")
            lines += [f"  {ln}" for ln in p.yaml.splitlines()]
    return "\n".join(lines) + "\n"


def _excerpt(s: Sample, width: int = 16) -> str:
    """A hex excerpt around the problem, the problem bytes in [brackets]."""
    lo = max(0, (s.offset if s.offset >= 0 else 0) - width // 2)
    hi = min(len(s.payload), lo + 2 * width)
    out = []
    for i in range(lo, hi):
        h = f"{s.payload[i]:02x}"
        if s.offset <= i < max(s.end, s.offset + 1) and s.offset >= 0:
            h = f"[{h}]"
        out.append(h)
    more = "" if hi == len(s.payload) else " ..."
    return f"@{lo}: {' '.join(out)}{more}"


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}
td:first-child,th:first-child,td.l{text-align:left}
.ok{color:#176b2c;font-weight:bold}.bad{color:#a0001c;font-weight:bold}
.hex{font-family:ui-monospace,monospace;font-size:.9em;white-space:pre;background:#f7f7f7;padding:.5em;overflow-x:auto}
.hex mark{background:#ffb3b3;color:#000}
pre.yaml{background:#f2f7ff;padding:.6em;border-left:3px solid #4a78c2}
.fail{background:#fff0f0}
"""


def _hexview(s: Sample) -> str:
    rows = []
    for base in range(0, len(s.payload), 16):
        cells = []
        for i in range(base, min(base + 16, len(s.payload))):
            h = f"{s.payload[i]:02x}"
            if s.offset >= 0 and s.offset <= i < max(s.end, s.offset + 1):
                h = f"<mark>{h}</mark>"
            cells.append(h)
        text = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in s.payload[base:base + 16])
        rows.append(f"{base:06x}  {' '.join(cells)}  {html.escape(text)}")
    if s.size > len(s.payload):
        rows.append(f"... {s.size - len(s.payload)} more byte(s)")
    return '<div class="hex">' + "\n".join(rows) + "</div>"


def render_html(report: Report) -> str:
    e = html.escape
    parts = ["<!doctype html><html><head><meta charset='utf-8'>",
             f"<title>vs1 conform: {e(report.capture)}</title><style>{_CSS}</style></head><body>",
             f"<h1>vs1 conform: {e(report.capture)}</h1>",
             f"<p>spec <code>{e(report.spec)}</code> &middot; {report.packets} packets &middot; "
             f"{report.pdus} PDUs &middot; "
             + " &middot; ".join(f"{e(k.replace('_', ' '))} {v}" for k, v in report.info.items()) + "</p>"]
    findings = report.sorted_findings()
    parts.append('<p class="ok">The capture agrees with the spec.</p>' if not findings
                 else f'<p class="bad">{len(findings)} disagreement(s).</p>')
    parts.append("<h2>Messages per port</h2>")
    for port, per in sorted(report.stats.items()):
        parts.append(f"<h3>{e(port)}</h3><table><tr><th>message</th><th>seen</th><th>decoded</th><th>failed</th></tr>")
        for msg, st in sorted(per.items()):
            cls = ' class="fail"' if st.failed else ""
            parts.append(f"<tr{cls}><td>{e(msg)}</td><td>{st.seen}</td><td>{st.decoded}</td><td>{st.failed}</td></tr>")
        parts.append("</table>")
    if findings:
        parts.append("<h2>Disagreements</h2>")
        by_key = {p.finding: p for p in report.proposals}
        for f in findings:
            parts.append(f"<h3>[{e(f.port)}] {e(f.detail)}</h3>")
            parts.append(f"<p>{e(KINDS[f.kind])}; seen {f.count} time(s); first frames "
                         f"{e(', '.join(map(str, f.frames)))}</p>")
            if f.sizes:
                parts.append("<p>payload sizes: " + e(", ".join(f"{k} bytes ({v}x)" for k, v in sorted(f.sizes.items())))
                             + "</p>")
            for s in f.samples[:3]:
                parts.append(f"<p>frame {s.frame}, {s.size} payload bytes"
                             + (f", problem at offset {s.offset}" if s.offset >= 0 else "") + "</p>")
                parts.append(_hexview(s))
            p = by_key.get(f.key)
            if p is not None:
                parts.append(f"<p>Proposed edit ({e(p.summary)}): <code>{e(p.file)}</code> at "
                             f"<code>{e(p.where)}</code></p><pre class='yaml'>{e(p.yaml)}</pre>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
