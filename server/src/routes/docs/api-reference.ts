interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, { summary?: string; description?: string; tags?: string[]; requestBody?: unknown; responses?: Record<string, { description?: string }> }>>;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** Renders a readable, self-contained HTML API reference from the generated OpenAPI document. */
export function renderApiReference(doc: OpenApiDoc): string {
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const responses = Object.entries(op.responses ?? {}).map(([s, r]) => `<code>${esc(s)}</code> ${esc(r.description ?? '')}`).join('<br>');
      rows.push(`<tr><td><span class="m m-${esc(method)}">${esc(method.toUpperCase())}</span></td><td><code>/api${esc(path)}</code></td>`
        + `<td><b>${esc(op.summary ?? '')}</b><div class="d">${esc(op.description ?? '')}</div></td><td>${responses}</td></tr>`);
    }
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.info.title)} API</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:24px;color:#1f2d3d}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #e4e7ed;padding:8px;text-align:left;vertical-align:top}.d{color:#606266;font-size:13px}
.m{font:bold 12px monospace;padding:2px 6px;border-radius:3px;color:#fff;background:#909399}.m-get{background:#67c23a}
.m-post{background:#409eff}.m-put,.m-patch{background:#e6a23c}.m-delete{background:#f56c6c}</style></head><body>
<h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description ?? '')}</p>
<p>机器可读文档 Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
<table><thead><tr><th>方法</th><th>路径</th><th>说明</th><th>响应</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
}
