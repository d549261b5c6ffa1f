namespace UpdateStation.Instance;

/// <summary>The lock's life: taking it, waiting for a one-shot instance to let go, and noticing it was deleted or replaced.</summary>
public sealed partial class InstanceHost
{
    private static readonly TimeSpan s_waitingInterval = TimeSpan.FromMilliseconds(200);

    private FileLock? _lock;
    private Timer? _tick;
    private bool _waiting;
    private bool _recovering;
    private string? _tickProblem;

    /// <summary>How often a running instance checks that its lock file is still the one it holds. For tests.</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Takes the lock and publishes the state (unless <see cref="PublishesLater"/>), or says who holds the lock.</summary>
    /// <exception cref="InstanceException">The lock file cannot be opened or locked (a directory, a link, no permission).</exception>
    public StartOutcome TryStart()
    {
        var acquired = Acquire();
        InstanceState? holder = null;
        if (acquired is null)
        {
            holder = WaitForHolder(out acquired);
        }

        if (acquired is null)
        {
            // While waiting, a holder with no state is the one-shot instance between unpublishing and releasing the
            // lock (it deletes its state first): keep waiting. Another tray would have published within that second.
            if (WaitsForOneShotInstance && (holder?.Mode == InstanceState.CheckNowMode || (holder is null && _waiting)))
            {
                _waiting = true;
                Watch(s_waitingInterval);
                return new(StartResult.Waiting, holder?.Pid ?? 0);
            }

            return new(StartResult.AlreadyRunning, holder?.Pid ?? 0);
        }

        _lock = acquired;
        _waiting = false;
        if (_files == _files.Directory.Instance)
        {
            ProcessTitle.Set("update-station");
        }

        if (!PublishesLater)
        {
            _published = true;
            WriteState();
        }

        Watch(WatchInterval);
        if (_activatedBeforeStart)
        {
            OnActivation();
        }

        return new(StartResult.Started, Environment.ProcessId);
    }

    /// <summary>
    /// Waits up to 1 s for the lock's holder to publish, trying the lock again meanwhile: a status or check-now that
    /// probes it (where the kernel cannot say who holds it) holds it shared for an instant, and a tray starting in that
    /// instant would otherwise see no state and say that another instance runs.
    /// </summary>
    private InstanceState? WaitForHolder(out FileLock? acquired)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            acquired = null;
            if (InstanceLocator.Find(_files) is { } holder)
            {
                return holder;
            }

            if ((acquired = Acquire()) is not null || clock.Elapsed >= TimeSpan.FromSeconds(1))
            {
                return null;
            }

            Thread.Sleep(2);
        }
    }

    private FileLock? Acquire()
    {
        try
        {
            return FileLock.TryAcquire(_files.LockFile);
        }
        catch (PosixException ex)
        {
            throw new InstanceException($"Cannot open the instance lock {_files.LockFile}: {ErrnoText.Describe(ex.Errno)}.", ex);
        }
        catch (UnexpectedFileTypeException ex)
        {
            throw new InstanceException($"Cannot use the instance lock {_files.LockFile}: it is not a regular file.", ex);
        }
    }

    private void Watch(TimeSpan interval)
    {
        _tick ??= new Timer(_ => _loop.Post(OnTick));
        _tick.Change(interval, interval);
    }

    private void StopWatching()
    {
        _tick?.Dispose();
        _tick = null;
    }

    private void OnTick()
    {
        if (_tick is null)
        {
            return;
        }

        try
        {
            if (_waiting)
            {
                TakeOverFromOneShot();
            }
            else if (_lock is not null && !_lock.IsStillAt(_files.LockFile))
            {
                TakeTheLockAgain();
            }
            else
            {
                _stateFile.RetryIfPending();
                _planFile.RetryIfPending();
            }
        }
        catch (Exception ex) when (ex is InstanceException or PosixException or IOException)
        {
            // The directory or the lock file cannot be used right now (someone is tampering with it): try again later.
            var problem = ex.Message.TrimEnd('.') + "; will try again";
            if (problem != _tickProblem)
            {
                Report(problem);
            }

            _tickProblem = problem;
            return;
        }

        _tickProblem = null;
    }

    private void TakeOverFromOneShot()
    {
        var outcome = TryStart();
        if (outcome.Result == StartResult.Started)
        {
            Started?.Invoke();
        }
        else if (outcome.Result == StartResult.AlreadyRunning)
        {
            StepDown(outcome.Pid, "started while this one waited");
        }
    }

    private void TakeTheLockAgain()
    {
        if (!_recovering)
        {
            _recovering = true;
            Report($"{_files.LockFile} was removed or replaced; taking the lock again");
        }

        _files.Directory.Recreate();
        var fresh = Acquire();
        _lock!.Dispose();
        _lock = fresh;
        if (fresh is null)
        {
            var holder = InstanceLocator.WaitForPublished(_files, TimeSpan.FromSeconds(1));
            if (WaitsForOneShotInstance && holder?.Mode == InstanceState.CheckNowMode)
            {
                Report($"a one-shot instance (pid {holder.Pid}) took the lock; taking over when it exits");
                _waiting = true;
                Watch(s_waitingInterval);
                return;
            }

            StepDown(holder?.Pid ?? 0, "took the lock after it was removed");
            return;
        }

        _recovering = false;
        WriteState();
        _planFile.Rewrite();
        Report($"holding {_files.LockFile} again; state republished");
    }

    private void StepDown(int pid, string how)
    {
        StopWatching();
        var who = pid > 0 ? $"another instance (pid {pid})" : "another process";
        SteppedDown?.Invoke($"{who} {how}; this one ({Environment.ProcessId}) stops, so that only one runs.");
    }
}
