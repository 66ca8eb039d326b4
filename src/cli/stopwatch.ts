/**
 * The time a command took: by the clock on the wall, as the CPU time of the thread that did the
 * work (the command runs on one thread: parsing, transforming and writing the Markdown), and as
 * the CPU time of the whole process, which adds what V8 does beside it on other cores (garbage
 * collection, compiling hot code). On a shared machine or a slow disk the three part ways; the
 * thread's figure says what the work itself costs on one core.
 */
export function stopwatch() {
  const started = performance.now();
  // Node 22.19 and 23.9 added threadCpuUsage; before them, the whole process's time stands in.
  const threadUsage = (previous?: NodeJS.CpuUsage) =>
    process.threadCpuUsage ? process.threadCpuUsage(previous) : process.cpuUsage(previous);
  const thread = threadUsage();
  const whole = process.cpuUsage();
  const seconds = ({ user, system }: { user: number; system: number }) => (user + system) / 1e6;
  return {
    seconds: () => (performance.now() - started) / 1000,
    cpuSeconds: () => seconds(threadUsage(thread)),
    processCpuSeconds: () => seconds(process.cpuUsage(whole)),
  };
}
