import { ApolloServerPlugin } from '@apollo/server';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>lexgap GraphQL</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  header { padding: .5rem 1rem; background: #1d3557; color: #fff; display: flex; gap: 1rem; align-items: center; }
  header a { color: #a8dadc; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; min-height: 0; }
  section { display: grid; grid-template-rows: 2fr auto 1fr; gap: .25rem; min-height: 0; }
  textarea, pre { font: 13px/1.4 ui-monospace, monospace; border: 1px solid #ccc; padding: .5rem; margin: 0; overflow: auto; }
  pre { background: #f7f7f7; white-space: pre-wrap; }
  button { font: inherit; padding: .25rem 1rem; }
</style>
</head>
<body>
<header><strong>lexgap GraphQL</strong><button id="run" type="button">Run (Ctrl+Enter)</button>
<label>API key <input id="key" type="password" size="30" autocomplete="off"></label>
<a href="/health">health</a><span>Schema: <code>schema.graphql</code> in the repository</span></header>
<main>
<section><textarea id="query" spellcheck="false" aria-label="Query">{
  __typename
}</textarea><label for="variables">Variables (JSON)</label><textarea id="variables" spellcheck="false">{}</textarea></section>
<pre id="result" aria-live="polite">Press Run.</pre>
</main>
<script>
const $ = (id) => document.getElementById(id);
async function run() {
  let variables = {};
  try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
  const headers = { 'content-type': 'application/json' };
  if ($('key').value) headers.authorization = 'Bearer ' + $('key').value;
  const res = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify({ query: $('query').value, variables }) });
  $('result').textContent = JSON.stringify(await res.json(), null, 2);
}
$('run').addEventListener('click', run);
document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run(); });
</script>
</body>
</html>`;

/**
 * A landing page for GET /graphql in development that needs no network: Apollo's default one
 * loads Apollo Sandbox from a CDN, which is a blank page on an offline machine.
 */
export function offlineLandingPagePlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PAGE };
        },
      };
    },
  };
}
