// nginx from Debian in front of the portal's replicas, configured as the chart's ALB behaves:
// round-robin over the replicas with no stickiness, the client's address added to
// X-Forwarded-For, WebSockets passed through (signals), responses streamed as they come (the
// assistant's answers), and a header that
// says which replica answered, so tests can see consecutive requests land on different ones.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eventually, sleep } from '../test/lib/processes.mjs';

export const NGINX = '/usr/sbin/nginx';

export function nginxConfig({ dir, port, upstreams }) {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log ${dir}/nginx-access.log;
  client_body_temp_path ${dir}/nginx-temp/body;
  proxy_temp_path ${dir}/nginx-temp/proxy;
  fastcgi_temp_path ${dir}/nginx-temp/fastcgi;
  uwsgi_temp_path ${dir}/nginx-temp/uwsgi;
  scgi_temp_path ${dir}/nginx-temp/scgi;
  # WebSockets (signals) pass through, as the ALB passes them; other requests keep the upstream
  # connection alive.
  map $http_upgrade $connection_upgrade {
    default upgrade;
    '' '';
  }
  upstream portal {
${upstreams.map(p => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 20m;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_read_timeout 300s;
      # As the ALB: a request that failed on one target is not sent to another.
      proxy_next_upstream off;
      add_header X-Portal-Replica $upstream_addr always;
    }
  }
}
`;
}

/** Starts nginx on 127.0.0.1:`port` in front of the replicas on `upstreams`; resolves once it answers. */
export async function startNginx({ dir, port, upstreams }) {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}): apt-get install nginx-light, or run ./portal test once`);
  fs.mkdirSync(path.join(dir, 'nginx-temp'), { recursive: true });
  // Run by root, nginx's workers run as nobody: they must reach their temporary folders.
  for (let d = path.join(dir, 'nginx-temp'); d !== path.dirname(dir); d = path.dirname(d)) fs.chmodSync(d, 0o755);
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig({ dir, port, upstreams }));
  const child = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', fs.openSync(path.join(dir, 'nginx.log'), 'w')] });
  const exited = new Promise(resolve => child.once('exit', resolve));
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(path.join(dir, 'nginx-error.log'), 'utf8')}`);
      return (await fetch(`http://127.0.0.1:${port}/.backstage/health/v1/readiness`)).ok;
    },
    'nginx',
    30_000,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGQUIT');
      await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}
