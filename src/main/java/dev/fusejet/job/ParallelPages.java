package dev.fusejet.job;

import dev.fusejet.device.Device;
import dev.fusejet.device.PreparedSheet;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rasterises up to N pages at once and hands them over in sheet order. Each worker takes the next
 * sheet and rasterises it alone (its own pipeline and document).
 *
 * <p>Where the device prepares head data ahead ({@link Device#preparesAhead}), the worker feeds its
 * bands straight into the sheet's {@link PreparedSheet} (head data and drops worked out on the
 * worker, no band copies) and the printing thread prints each finished sheet in its turn, which
 * leaves it only the feed, the paper path and the fuser. Workers stay at most {@code 2 N} sheets
 * ahead of the sheet due next.
 *
 * <p>Otherwise the worker queues copies of its bands and the printing thread streams the bands of
 * the sheet due next to the device. Memory is bounded: the sheet due next holds at most {@value
 * #HEAD_QUEUE} bands (the printing thread drains it), and the sheets after it together at most a
 * quarter of the heap; a worker over the bound waits. The sheet due next is never held back by the
 * bound, so the handover cannot deadlock.
 */
final class ParallelPages implements AutoCloseable {

  /** Bands the sheet due next may queue ahead of the printing thread. */
  static final int HEAD_QUEUE = 16;

  /** Where the sheets go on the printing thread: streamed bands, or prepared sheets. */
  interface Sink extends BandConsumer {
    /** Prints a sheet prepared ahead for {@code page}. */
    void printPrepared(PageInfo page, PreparedSheet sheet);
  }

  private final List<JobRun.Task> tasks;
  private final long budget;
  private final Function<PageInfo, PreparedSheet> prepare;
  private final int ahead;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<Integer, PageBuffer> buffers = new HashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final ExecutorService pool;
  private int head;
  private long used;
  private boolean stopped;

  /**
   * Pages on {@code threads} workers.
   *
   * @param prepare makes a sheet's prepared head data on its worker, or null to stream copies of
   *     the bands
   */
  ParallelPages(
      List<JobRun.Task> tasks,
      int threads,
      Supplier<JobRun.Renderer> renderers,
      Function<PageInfo, PreparedSheet> prepare) {
    this(tasks, threads, renderers, prepare, Runtime.getRuntime().maxMemory() / 4);
  }

  ParallelPages(
      List<JobRun.Task> tasks,
      int threads,
      Supplier<JobRun.Renderer> renderers,
      Function<PageInfo, PreparedSheet> prepare,
      long budget) {
    this.tasks = tasks;
    this.budget = budget;
    this.prepare = prepare;
    this.ahead = 2 * threads;
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
          if (prepare != null) {
            awaitTurnToStart(t.sheet());
          }
          r.render(t, b);
          b.finishSheet();
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

  /** Waits until {@code sheet} is at most {@link #ahead} sheets after the one due next. */
  private void awaitTurnToStart(int sheet) {
    lock.lock();
    try {
      while (!stopped && sheet - head >= ahead) {
        changed.await();
      }
      if (stopped) {
        throw new JobRun.Stop(new InterruptedException("page workers stopped"));
      }
    } catch (InterruptedException e) {
      throw new JobRun.Stop(e);
    } finally {
      lock.unlock();
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
  void deliver(JobRun.Task t, Sink out) {
    PageBuffer b = buffer(t.sheet());
    PageInfo info = b.awaitStart();
    if (prepare != null) {
      b.awaitDone();
      b.rethrow();
      out.printPrepared(info, b.prepared);
    } else {
      out.startPage(info);
      for (Band band = b.take(); band != null; band = b.take()) {
        out.band(band);
      }
      b.rethrow();
      out.endPage(info);
    }
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
      // sheets prepared but not printed (a cancel, a failure): their files go
      lock.lock();
      try {
        for (PageBuffer b : buffers.values()) {
          if (b.prepared != null) {
            b.prepared.discard();
          }
        }
      } finally {
        lock.unlock();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One sheet's bands between its worker and the printing thread. */
  private final class PageBuffer implements BandConsumer {
    private final int sheet;
    private final ArrayDeque<Band> bands = new ArrayDeque<>();

    /** The sheet's prepared head data (prepared mode), made at its start. */
    private PreparedSheet prepared;

    private PageInfo info;
    private boolean done;
    private Throwable error;

    PageBuffer(int sheet) {
      this.sheet = sheet;
    }

    @Override
    public void startPage(PageInfo page) {
      PreparedSheet made = prepare == null ? null : prepare.apply(page);
      lock.lock();
      try {
        prepared = made;
        info = page;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void band(Band band) {
      if (prepared != null) {
        if (isStopped()) {
          throw new JobRun.Stop(new InterruptedException("page workers stopped"));
        }
        prepared.band(band); // copies what it keeps
        return;
      }
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

    /** Prepared mode: the page is rasterised, its head data is completed on this worker. */
    void finishSheet() {
      if (prepared != null) {
        prepared.finish();
      }
    }

    /** Waits until the worker is done with this sheet (finished or failed). */
    void awaitDone() {
      lock.lock();
      try {
        while (!done) {
          changed.await();
        }
      } catch (InterruptedException e) {
        throw new JobRun.Stop(e);
      } finally {
        lock.unlock();
      }
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
