// Runs Debian's nginx with exactly the hosting recipe of docs/clinics.md (scripts/hosting/nginx.conf) on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const MODULES = '/usr/lib/nginx/modules';
// Debian's own module snippets name paths relative to its prefix; load by full path instead.
const BROTLI = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'].map((m) => `${MODULES}/${m}`);

/** A free port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const canConnect = (port) =>
  new Promise((ok) => {
    const c = connect(port, '127.0.0.1', () => { c.destroy(); ok(true); });
    c.on('error', () => ok(false));
  });

/** Serves `root` on 127.0.0.1:`port`; `stop()` ends nginx and waits until the port is closed. */
export async function nginx(root, port) {
  port ??= await freePort();
  const missing = BROTLI.filter((m) => !existsSync(m));
  if (missing.length) throw new Error(`nginx brotli modules missing (${missing.join(', ')}): run scripts/bootstrap.sh --browser`);
  const dir = mkdtempSync(join(tmpdir(), 'prolopath-nginx-'));
  const site = readFileSync(new URL('../../scripts/hosting/nginx.conf', import.meta.url), 'utf8')
    .replaceAll('__LISTEN__', `127.0.0.1:${port}`)
    .replaceAll('__ROOT__', resolve(root));
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(join(dir, 'nginx.conf'), `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
${BROTLI.map((m) => `load_module ${m};`).join('\n')}
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`);
  const proc = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  proc.on('exit', () => { exited = true; });
  // Never leave nginx behind, even when a test fails before stopping it.
  const killOnExit = () => proc.kill('SIGKILL');
  process.on('exit', killOnExit);
  // Until it accepts connections: a refused one returns at once, so this asks again every
  // 10 ms, for up to 10 s (a busy machine can take well over 50 ms to start it).
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) throw new Error(`nginx did not start (config in ${dir}); see its messages above`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    /** The folder of nginx's own files and logs (the access log the harness asks for at the
     *  http level, which the recipe may turn off). */
    dir,
    stop: async () => {
      process.off('exit', killOnExit);
      if (!exited) {
        proc.kill('SIGTERM');
        await new Promise((ok) => proc.on('exit', ok));
      }
    },
  };
}
