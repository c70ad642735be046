let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Gives the thread back for a moment: other messages (a newer load, a keystroke) and, on the main
 * thread, input and painting run before the work goes on. A message to itself rather than
 * `setTimeout(0)`, which browsers hold back 4 ms once nested, in windows and workers alike.
 */
export function yieldToEventLoop(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}
