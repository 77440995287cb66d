import { connect } from "node:net";

/** Whether a Redis server accepts connections on 127.0.0.1:6379; tests that need one skip otherwise. */
export function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(6379, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
