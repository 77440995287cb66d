import { Agent, request } from "node:http";

/** What the clients of `keepAliveLoad` saw. */
export interface LoadOutcome {
  /** Complete answers (valid JSON with `data`), writes included. */
  answers: number;
  /** Answers that came with `Connection: close` (written while the service was draining). */
  closingAnswers: number;
  /** Ids the service acknowledged writing. */
  acknowledged: string[];
  /** Requests sent that got no answer, or a cut one: resets, hang-ups, truncated bodies. */
  resets: string[];
  /** Connections refused (nothing was sent): the service no longer listens. */
  refused: number;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** A read, and a write that answers `{ data: { <field>: { member: { id } } } }`. */
  query: string;
  mutation: (client: number, n: number) => { query: string; variables: Record<string, unknown> };
  clients: number;
}

const RESET = /ECONNRESET|EPIPE|socket hang up|other side closed|aborted/i;

/**
 * Keep-alive clients (one socket each, `http.Agent({ keepAlive: true })`) sending a read and a write in
 * turn as fast as they are answered, until `stop()` or until their service refuses connections. Every
 * failure is kept by kind: a reset is a request that was sent and whose fate the client cannot know.
 */
export function keepAliveLoad(options: LoadOptions): { stop(): Promise<LoadOutcome>; answers(): number } {
  const outcome: LoadOutcome = { answers: 0, closingAnswers: 0, acknowledged: [], resets: [], refused: 0 };
  let stopped = false;

  const send = (agent: Agent, body: string) =>
    new Promise<{ status: number; text: string; closing: boolean }>((resolve, reject) => {
      const req = request(
        options.url,
        {
          method: "POST",
          agent,
          headers: { ...options.headers, "content-type": "application/json" },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("aborted", () => reject(new Error("aborted: answer cut")));
          res.on("error", reject);
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, text, closing: res.headers.connection === "close" }),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  const client = async (index: number) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let n = 0; !stopped; n++) {
        const write = n % 2 === 1 ? options.mutation(index, n) : undefined;
        try {
          const answer = await send(agent, JSON.stringify(write ?? { query: options.query }));
          const parsed = JSON.parse(answer.text) as { data?: Record<string, { member?: { id: string } }> };
          if (answer.status !== 200 || !parsed.data)
            throw new Error(`answer ${answer.status}: ${answer.text}`);
          outcome.answers += 1;
          if (answer.closing) outcome.closingAnswers += 1;
          if (write) {
            const id = Object.values(parsed.data)[0]?.member?.id;
            if (!id) throw new Error(`write not acknowledged: ${answer.text}`);
            outcome.acknowledged.push(id);
          }
        } catch (error) {
          const { code, message } = error as NodeJS.ErrnoException;
          if (code === "ECONNREFUSED") {
            outcome.refused += 1;
            return;
          }
          if (RESET.test(`${code} ${message}`)) outcome.resets.push(`${code ?? ""} ${message}`);
          else throw error;
          return;
        }
      }
    } finally {
      agent.destroy();
    }
  };
  const running = Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));

  return {
    answers: () => outcome.answers,
    async stop() {
      stopped = true;
      await running;
      return outcome;
    },
  };
}
