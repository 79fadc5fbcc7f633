package org.huibao.serve;

/** Where the server's checks run, within the time limit of its settings. */
interface Checks extends AutoCloseable {

    /**
     * The answer to one check.
     *
     * @throws ApiError 503 when the check cannot be done or finished in time, 500 when its process failed
     */
    CheckAnswer check(CheckRequest request) throws ApiError;

    @Override
    void close();

    /** The refusal of a request that waited the whole time limit for a free check. */
    static ApiError busy(java.time.Duration timeout) {
        String secs = seconds(timeout);
        return new ApiError(503, "busy", "服务繁忙：" + secs + " 秒内没有空闲的检查，请稍后重试",
                "the server is busy: no check came free within " + secs + " s; try again later");
    }

    static ApiError stopping() {
        return new ApiError(503, "stopping", "服务正在停止", "the server is stopping");
    }

    /** "30", "2.5": seconds as people write them. */
    static String seconds(java.time.Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
