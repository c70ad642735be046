let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Node's ports (tests, scripts) keep the process alive while they listen: only while someone waits. Browsers have neither. */
type NodePort = MessagePort & { ref?: () => void; unref?: () => void };

/**
 * Gives the thread back for a moment: other messages (a newer load, a keystroke) and, on the main
 * thread, input and painting run before the work goes on. A message to itself rather than
 * `setTimeout(0)`, which browsers hold back 4 ms once nested, in windows and workers alike.
 */
export function yieldToEventLoop(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    const port = channel.port1 as NodePort;
    port.onmessage = () => {
      waiting.shift()?.();
      if (waiting.length === 0) port.unref?.();
    };
  }
  (channel.port1 as NodePort).ref?.();
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}
