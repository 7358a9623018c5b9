package com.incidentreports.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The same request sent by many clients at the same moment, as a double click or a retrying client does. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Sends {@code request} {@code times} times, all released at the same moment; the answers in order. */
    public static List<Reply> send(int times, Callable<Reply> request) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            senders.shutdownNow();
        }
    }
}
