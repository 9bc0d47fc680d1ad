/**
 * Serve: live reload for `npm run dev`. Each page the server sends gets a script that listens on an event stream of
 * the server, and loads the page again when a rebuild tells it to. Script and stream are the server's own
 * addresses, so the pages' Content-Security-Policy (`'self'`) lets them through.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The event stream's address; the script's is the same with `.js`. */
const EVENTS = '/.live-reload';
const SCRIPT = `new EventSource(${JSON.stringify(EVENTS)}).onmessage = () => location.reload();\n`;
const SCRIPT_TAG = `<script src="${EVENTS}.js"></script>`;

export interface LiveReload {
  /** Answers a request for the script or the event stream, and says whether it did. */
  answer(request: IncomingMessage, response: ServerResponse): boolean;
  /** `page` with the script that listens for reloads, before its closing body tag (or at its end). */
  addScript(page: string): string;
  /** Tells every page listening to load again. */
  reload(): void;
  /** Ends every event stream, so the server can close. */
  close(): void;
}

export function createLiveReload(): LiveReload {
  const listening = new Set<ServerResponse>();
  return {
    answer(request, response) {
      const url = request.url ?? '';
      if (url === `${EVENTS}.js`) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(SCRIPT);
        return true;
      }
      if (url !== EVENTS) return false;
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(': listening\n\n');
      listening.add(response);
      response.on('close', () => listening.delete(response));
      return true;
    },
    addScript(page) {
      const end = page.lastIndexOf('</body>');
      return end < 0 ? page + SCRIPT_TAG : page.slice(0, end) + SCRIPT_TAG + page.slice(end);
    },
    reload() {
      for (const response of listening) response.write('data: reload\n\n');
    },
    close() {
      for (const response of listening) response.end();
    },
  };
}
