import { HTTP_METHODS, type OpenApiDocument } from './openapi-document';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);


/**
 * A readable, dependency-free page of the OpenAPI document: every operation
 * with its summary, request and responses. Served from this origin only, so
 * it works offline and under the strict CSP (no CDN-hosted viewer).
 */
export function renderApiDocs(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const op = item?.[method];
      return op ? [{ path, method, op }] : [];
    }),
  );
  const sections = operations
    .map(({ path, method, op }) => {
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => `<li><code>${status}</code> ${escapeHtml('description' in r ? String(r.description) : '')}</li>`)
        .join('');
      const body = op.requestBody && 'content' in op.requestBody ? op.requestBody.content['application/json']?.schema : undefined;
      return `<section id="${escapeHtml(op.operationId ?? `${method}-${path}`)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}</p>${op.description ? `<p class="muted">${escapeHtml(op.description)}</p>` : ''}
${body ? `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre></details>` : ''}
<ul>${responses}</ul></section>`;
    })
    .join('\n');
  const schemas = `<details><summary>Schemas</summary><pre>${escapeHtml(JSON.stringify(doc.components?.schemas ?? {}, null, 2))}</pre></details>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leerlust API</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>Leerlust API</h1><p>Version ${escapeHtml(doc.info.version)} · <a href="/api/openapi.json">openapi.json</a></p>
<p class="muted">Errors are <code>{"error":{"code","message"}}</code>. State-changing requests with a session must send the <code>x-csrf-token</code> header.</p>
<h2>Operations</h2>${sections}<h2>Components</h2>${schemas}</main></body></html>`;
}

export const apiDocsCss = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f23;background:#fafaf7}
main{max-width:60rem;margin:0 auto;padding:1rem}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
.method{display:inline-block;min-width:4.5rem;font:600 .8rem/1.6 monospace;padding:0 .4rem;border-radius:4px;background:#dde;text-align:center}
.get{background:#d6eadf}.post{background:#dbe4f5}.patch{background:#f5ecd6}.delete{background:#f5d6d6}
pre{background:#fff;border:1px solid #ddd;padding:.5rem;overflow:auto;font-size:.8rem}.muted{color:#555}
section{border-bottom:1px solid #e4e4e0;padding-bottom:.5rem}`;
