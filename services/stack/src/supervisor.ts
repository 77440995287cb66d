import type { ChildProcess } from "node:child_process";
import { stopProcess, waitUntilAnswering } from "./service-process";
import {
  decideRestart,
  DEFAULT_RESTART_POLICY,
  NO_RESTARTS,
  type RestartHistory,
  type RestartPolicy,
} from "./restart-policy";

export interface SupervisedService {
  name: string;
  /** Starts the service again: the same command, environment (port, secrets) as the first time. */
  respawn(): ChildProcess;
  /** The URL that answers 200 once it is up again (/ready, or the gateway's /health). */
  answersAt: string;
}

export interface Supervisor {
  /** Stops the service (SIGTERM, SIGKILL after `graceMs`) and restarts it no more. */
  stop(graceMs: number): Promise<void>;
}

const seconds = (ms: number) => `${ms / 1000} s`;
const howItEnded = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `signal ${signal}` : `exit code ${code}`;

/**
 * Watches a service that is up (its first process, `child`, answered): when it exits without being
 * asked, it is restarted after the policy's delay, each step logged; when it keeps exiting, `onGiveUp`
 * gets the message saying so and the launcher stops everything.
 */
export function supervise(
  service: SupervisedService,
  child: ChildProcess,
  {
    log,
    onGiveUp,
    policy = DEFAULT_RESTART_POLICY,
  }: {
    log: (message: string) => void;
    onGiveUp: (message: string) => void;
    policy?: RestartPolicy;
  },
): Supervisor {
  let current = child;
  let startedAt = Date.now();
  let history: RestartHistory = NO_RESTARTS;
  let pending: NodeJS.Timeout | undefined;
  let stopped = false;

  const watch = (process: ChildProcess) => {
    process.once("exit", (code, signal) => {
      if (stopped) return;
      const ended = howItEnded(code, signal);
      const decision = decideRestart(history, { startedAt, exitedAt: Date.now() }, policy);
      history = decision.history;
      if (decision.action === "give-up") {
        onGiveUp(
          `${service.name} exited ${decision.exitsInWindow} times within ${seconds(policy.windowMs)} ` +
            `(last: ${ended}); stopping everything`,
        );
        return;
      }
      log(
        `${service.name} (pid ${process.pid}) exited unexpectedly (${ended}); ` +
          `restarting in ${seconds(decision.delayMs)} (attempt ${decision.attempt})`,
      );
      pending = setTimeout(() => {
        pending = undefined;
        if (stopped) return;
        startedAt = Date.now();
        current = service.respawn();
        log(`${service.name} restarted (pid ${current.pid})`);
        watch(current);
        const restarted = current;
        waitUntilAnswering(service.answersAt, restarted).then(
          () => {
            if (!stopped && restarted === current) log(`${service.name} answers again`);
          },
          () => undefined, // its exit is handled above
        );
      }, decision.delayMs);
    });
  };
  watch(current);

  return {
    async stop(graceMs) {
      stopped = true;
      clearTimeout(pending);
      await stopProcess(current, graceMs);
    },
  };
}
