// Where the tests find nginx: NGINX_PATH, or Debian's /usr/sbin/nginx.
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
