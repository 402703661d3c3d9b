/**
 * Runs tasks one at a time, in the order given: the one writer of a plan.
 * A task that fails does not stop the ones after it.
 */
export class Lane {
  #tail: Promise<unknown> = Promise.resolve();

  /**
   * Queues a task.
   *
   * @param task - The work.
   * @returns What the task returns, once it has run.
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(() => task());
    this.#tail = result.catch(() => {});
    return result;
  }
}
