/**
 * The time a command took, as the clock on the wall and as this process's CPU time (user and
 * system). Both are reported: on a shared machine or a slow disk the two part ways, and the
 * CPU figure says what the work itself costs on one core.
 */
export function stopwatch() {
  const started = performance.now();
  const cpu = process.cpuUsage();
  return {
    seconds: () => (performance.now() - started) / 1000,
    cpuSeconds: () => {
      const { user, system } = process.cpuUsage(cpu);
      return (user + system) / 1e6;
    },
  };
}
