package org.paraph.workflows.infrastructure;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flowable.common.engine.api.async.AsyncTaskExecutor;

/**
 * Runs Flowable's async jobs (timers, the asynchronous completion) on the server's managed executor
 * instead of a thread pool of Flowable's own, so the server sizes, monitors and suspends them.
 *
 * <p>The managed executor's queue length is not visible here, so the remaining capacity is reported
 * as unbounded; when the executor refuses a job, Flowable releases it and acquires it again later.
 * Shutting the executor down is the server's business, never the engine's.
 */
final class ManagedAsyncTaskExecutor implements AsyncTaskExecutor {

  private final ManagedExecutorService executor;

  ManagedAsyncTaskExecutor(ManagedExecutorService executor) {
    this.executor = executor;
  }

  @Override
  public void execute(Runnable task) {
    executor.execute(task);
  }

  @Override
  public CompletableFuture<?> submit(Runnable task) {
    return CompletableFuture.runAsync(task, executor);
  }

  @Override
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return task.call();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        },
        executor);
  }

  @Override
  public void shutdown() {
    // The managed executor belongs to the server and refuses lifecycle calls.
  }

  @Override
  public int getRemainingCapacity() {
    return Integer.MAX_VALUE;
  }
}
