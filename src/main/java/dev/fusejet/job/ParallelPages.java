package dev.fusejet.job;

import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.PageInfo;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Rasterises up to N pages at once and hands them over in sheet order. Each worker takes the next
 * sheet, rasterises it alone (its own pipeline and document) and queues copies of its bands; the
 * printing thread takes the bands of the sheet due next. Memory is bounded: the sheet due next
 * holds at most {@value #HEAD_QUEUE} bands (the printing thread drains it), and the sheets after it
 * together at most a quarter of the heap; a worker over the bound waits. The sheet due next is
 * never held back by the bound, so the handover cannot deadlock.
 */
final class ParallelPages implements AutoCloseable {

  /** Bands the sheet due next may queue ahead of the printing thread. */
  static final int HEAD_QUEUE = 16;

  private final List<JobRun.Task> tasks;
  private final long budget;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<Integer, PageBuffer> buffers = new HashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final ExecutorService pool;
  private int head;
  private long used;
  private boolean stopped;

  ParallelPages(List<JobRun.Task> tasks, int threads, Supplier<JobRun.Renderer> renderers) {
    this(tasks, threads, renderers, Runtime.getRuntime().maxMemory() / 4);
  }

  ParallelPages(
      List<JobRun.Task> tasks, int threads, Supplier<JobRun.Renderer> renderers, long budget) {
    this.tasks = tasks;
    this.budget = budget;
    this.head = tasks.get(0).sheet();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "page-worker");
              t.setDaemon(true);
              return t;
            });
    for (int i = 0; i < threads; i++) {
      pool.execute(() -> work(renderers));
    }
  }

  private void work(Supplier<JobRun.Renderer> renderers) {
    try (JobRun.Renderer r = renderers.get()) {
      while (true) {
        int i = next.getAndIncrement();
        if (i >= tasks.size() || isStopped()) {
          return;
        }
        JobRun.Task t = tasks.get(i);
        PageBuffer b = buffer(t.sheet());
        try {
          r.render(t, b);
          b.finish(null);
        } catch (RuntimeException | Error e) {
          b.finish(e);
          if (e instanceof JobRun.Stop) {
            return;
          }
        }
      }
    } catch (RuntimeException | Error e) {
      // the renderer could not be built: every sheet left fails with the cause
      for (JobRun.Task t : tasks) {
        buffer(t.sheet()).finish(e);
      }
    }
  }

  private boolean isStopped() {
    lock.lock();
    try {
      return stopped;
    } finally {
      lock.unlock();
    }
  }

  private PageBuffer buffer(int sheet) {
    lock.lock();
    try {
      return buffers.computeIfAbsent(sheet, PageBuffer::new);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Hands sheet {@code t} to {@code out} (on the calling thread) once it is its turn: waits for its
   * bands as they come.
   *
   * @throws JobRun.Stop when the calling thread is interrupted while it waits
   */
  void deliver(JobRun.Task t, BandConsumer out) {
    PageBuffer b = buffer(t.sheet());
    PageInfo info = b.awaitStart();
    out.startPage(info);
    for (Band band = b.take(); band != null; band = b.take()) {
      out.band(band);
    }
    b.rethrow();
    out.endPage(info);
    lock.lock();
    try {
      buffers.remove(t.sheet());
      head = t.sheet() + 1;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      stopped = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    pool.shutdownNow();
    boolean interrupted = Thread.interrupted();
    try {
      // workers stop at their next band; a page being decoded finishes its band first
      while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One sheet's bands between its worker and the printing thread. */
  private final class PageBuffer implements BandConsumer {
    private final int sheet;
    private final ArrayDeque<Band> bands = new ArrayDeque<>();
    private PageInfo info;
    private boolean done;
    private Throwable error;

    PageBuffer(int sheet) {
      this.sheet = sheet;
    }

    @Override
    public void startPage(PageInfo page) {
      lock.lock();
      try {
        info = page;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void band(Band band) {
      byte[][] planes = new byte[band.page().inks().size()][];
      int n = band.rows() * band.stride();
      for (int i = 0; i < planes.length; i++) {
        planes[i] = java.util.Arrays.copyOf(band.plane(i), n);
      }
      long size = (long) n * planes.length;
      lock.lock();
      try {
        while (!stopped
            && (sheet == head ? bands.size() >= HEAD_QUEUE : used > 0 && used + size > budget)) {
          changed.await();
        }
        if (stopped) {
          throw new JobRun.Stop(new InterruptedException("page workers stopped"));
        }
        bands.add(new Band(band.page(), band.y0(), band.rows(), planes));
        used += size;
        changed.signalAll();
      } catch (InterruptedException e) {
        throw new JobRun.Stop(e);
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void endPage(PageInfo page) {
      // the worker calls finish once renderPage returns
    }

    void finish(Throwable e) {
      lock.lock();
      try {
        done = true;
        error = e;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    PageInfo awaitStart() {
      lock.lock();
      try {
        while (info == null && !done) {
          changed.await();
        }
        if (info == null) {
          rethrow();
          throw new IllegalStateException("sheet " + sheet + " was not rasterised");
        }
        return info;
      } catch (InterruptedException e) {
        throw new JobRun.Stop(e);
      } finally {
        lock.unlock();
      }
    }

    /** The next band, or null once the page is complete. */
    Band take() {
      lock.lock();
      try {
        while (bands.isEmpty() && !done) {
          changed.await();
        }
        Band b = bands.poll();
        if (b != null) {
          used -= (long) b.rows() * b.stride() * b.page().inks().size();
          changed.signalAll();
        }
        return b;
      } catch (InterruptedException e) {
        throw new JobRun.Stop(e);
      } finally {
        lock.unlock();
      }
    }

    void rethrow() {
      Throwable e;
      lock.lock();
      try {
        e = error;
      } finally {
        lock.unlock();
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      if (e instanceof Error err) {
        throw err;
      }
    }
  }
}
