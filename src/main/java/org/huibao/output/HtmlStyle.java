package org.huibao.output;

/**
 * The html format's stylesheet: the review page's look (its colours, cards and badges), a layout that
 * still reads at a phone's width (wide tables scroll inside their card, the text wraps), and for print
 * one A4 sheet per report — verdict, elements, findings and lines for the reviewer's opinion, name
 * and date; the full text and the links are left to the screen.
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--panel:#fff;--accent:#9f1c1c;\
            --error:#cf222e;--error-bg:#ffebe9;--warning:#9a6700;--warning-line:#bf8700;--warning-bg:#fff8c5;\
            --info:#0969da;--info-bg:#ddf4ff;--ok:#1a7f37;\
            --mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",\
            "Source Han Sans SC",sans-serif;font-size:15px;margin:0;line-height:1.6;color:var(--fg);background:var(--bg)}
            header.top{background:var(--panel);border-bottom:3px solid var(--accent);padding:.7rem 1.25rem}
            main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem}
            h1{font-size:1.35rem;margin:0}
            h2{font-size:1.15rem;margin:0 0 .4rem;overflow-wrap:anywhere}
            h3{font-size:1rem;margin:1.1rem 0 .45rem}
            a{color:var(--info)}
            .scroll{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;margin:.25rem 0}
            th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:left;vertical-align:top}
            thead th{background:var(--bg);white-space:nowrap}
            table.files td:first-child{overflow-wrap:anywhere;min-width:12rem}
            .report{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
            .report.fail{border-left:6px solid var(--error)}
            .report.pass{border-left:6px solid var(--ok)}
            .report.error{border-left:6px solid #6e7781}
            .badge{display:inline-block;padding:.05rem .7rem;border-radius:1rem;font-size:.85em;font-weight:600;color:#fff;\
            vertical-align:middle;white-space:nowrap}
            .badge.pass{background:var(--ok)}
            .badge.fail{background:var(--error)}
            .badge.error{background:#6e7781}
            .score{font-size:1.05rem}
            .score strong{font-size:1.6rem}
            .ok{color:var(--ok)}
            .weak{color:var(--warning)}
            .absent{color:var(--error)}
            .optional{color:#6e7781}
            .blocked{color:var(--error);font-weight:600}
            .meta{color:var(--muted)}
            table.elements{width:100%}
            table.elements th{white-space:nowrap;width:7em}
            table.elements td:nth-child(2){white-space:nowrap;width:9em}
            .evidence{margin:0;padding-left:1.1rem}
            .text{font-size:.95rem;border:1px solid var(--line);border-radius:6px;padding:.25rem 0}
            .line{display:flex}
            .line:target{background:var(--warning-bg)}
            .ln{flex:none;width:3.2em;padding-right:.55em;margin-right:.55em;text-align:right;color:#8c959f;\
            text-decoration:none;border-right:4px solid transparent;user-select:none;font-family:var(--mono);font-size:.8em;line-height:2}
            .line.ev .ln{border-right-color:var(--ok)}
            .line.has .ln{color:var(--error)}
            .src{flex:1;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;padding-right:.6rem}
            mark{color:inherit;border-radius:2px;padding:0}
            mark.error{background:var(--error-bg);border-bottom:2px solid var(--error)}
            mark.warning{background:var(--warning-bg);border-bottom:2px solid var(--warning-line)}
            mark.info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
            mark.point::before{content:"\\2691";font-size:.8em}
            mark.known{background:none;border-bottom:1px dashed var(--muted)}
            details.known{margin:.6rem 0;color:var(--muted)}
            details.known summary{cursor:pointer}
            details.known .findings,.whole li.known{opacity:.7}
            .whole{border:1px solid var(--error);background:var(--error-bg);border-radius:6px;padding:.4rem .8rem;margin:.4rem 0}
            .whole ul{margin:.2rem 0;padding-left:1.2rem}
            .findings{padding-left:1.6rem}
            .findings>li{margin:.5rem 0}
            .sev{display:inline-block;font-size:.78rem;font-weight:700;padding:0 .4rem;border-radius:4px;white-space:nowrap}
            .sev.error{background:var(--error-bg);color:var(--error)}
            .sev.warning{background:var(--warning-bg);color:var(--warning)}
            .sev.info{background:var(--info-bg);color:var(--info)}
            code{font-family:var(--mono);font-size:.85em;color:var(--muted)}
            .count{font-weight:600}
            .msg{white-space:pre-line}
            blockquote{margin:.2rem 0;padding:.05rem .6rem;border-left:3px solid var(--line);color:var(--muted);\
            overflow-wrap:anywhere}
            .hit{font-style:normal;color:var(--fg);background:var(--warning-bg);border-bottom:2px solid var(--warning-line)}
            .suggestion{margin:.1rem 0 0;color:var(--ok)}
            .fix{margin:.1rem 0 0;color:var(--ok);font-weight:600}
            details.places summary{cursor:pointer;color:var(--muted)}
            details.places ol{margin:.2rem 0;padding-left:1.4rem;font-size:.9rem}
            .signoff{display:none}
            @media (max-width:600px){
            main{padding:.6rem}
            header.top{padding:.6rem .75rem}
            .report{padding:.75rem .8rem}
            table.elements,table.elements tbody,table.elements tr,table.elements th,table.elements td{display:block;width:auto;border:0}
            table.elements tr{border-top:1px solid var(--line);padding:.3rem 0}
            table.elements th{padding:0}
            table.elements td{padding:0 0 0 .2rem}
            .findings{padding-left:1.2rem}
            .ln{width:2.4em}
            }
            @page{size:A4;margin:16mm 15mm}
            @media print{
            body{background:#fff;font-size:9.5pt;line-height:1.4}
            h2{font-size:12pt}
            h3{font-size:10pt;margin:.5rem 0 .2rem}
            .evidence li:nth-child(n+2){display:none}
            th,td{padding:.1rem .4rem}
            blockquote,.suggestion,.fix{margin:0}
            header.top,table.files,.text,.text-title,details.places ol,.no-print{display:none}
            main{max-width:none;padding:0}
            .report{border:0;border-radius:0;margin:0;padding:0;break-after:page}
            .report:last-child{break-after:auto}
            a{color:inherit;text-decoration:none}
            .findings>li{break-inside:avoid;margin:.25rem 0}
            .signoff{display:block;margin-top:1.2rem;break-inside:avoid}
            .signoff p{margin:1.1rem 0 0;display:flex;gap:.5rem;align-items:flex-end}
            .signoff .field{flex:1;border-bottom:1px solid #000;min-height:1.4em}
            .signoff .opinion .field{min-height:4.5em}
            .signoff .note{color:var(--muted);font-size:8pt}
            }
            """;
}
