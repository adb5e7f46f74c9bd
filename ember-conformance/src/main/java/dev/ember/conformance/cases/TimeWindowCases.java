package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.DatetimeData.inZone;
import static dev.ember.conformance.cases.TimeWindowData.clicks;
import static dev.ember.conformance.cases.TimeWindowData.events;
import static dev.ember.conformance.cases.TimeWindowData.visits;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_dt_interval;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.session_window;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.window;
import static org.apache.spark.sql.functions.window_time;

import dev.ember.conformance.CaseGroup;

/** Tumbling and sliding windows, window_time, session windows (static and per-row gaps) and their checks. */
public final class TimeWindowCases extends CaseGroup {
  public TimeWindowCases() {
    super("time_windows");
    sliding();
    boundaries();
    windowTime();
    sessions();
    sessionGaps();
    strings();
    errors();
  }

  private void sliding() {
    query("sliding_group_by_count", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 minutes"))
        .count().orderBy(col("window.start")));
    query("sliding_select", spark -> clicks(spark).select(col("n"), window(col("ts"), "10 minutes", "5 minutes"))
        .orderBy(col("n"), col("window.start")));
    query("sliding_with_start_time", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "4 minutes",
        "1 minute").as("w"), col("user")).agg(sum(col("n"))).orderBy(col("w.start"), col("user")));
    query("sliding_negative_start_time", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes",
        "5 minutes", "-2 minutes")).agg(sum(col("n"))).orderBy(col("window.start")));
    query("sliding_start_time_beyond_slide", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes",
        "5 minutes", "7 minutes")).agg(sum(col("n"))).orderBy(col("window.start")));
    query("sliding_uneven_slide", spark -> clicks(spark).groupBy(window(col("ts"), "7 minutes", "3 minutes"))
        .agg(count(lit(1)).as("c")).select(col("window.start"), col("window.end"), col("c"))
        .orderBy(col("start")));
    query("sliding_of_ntz", spark -> clicks(spark).select(col("ts").cast("timestamp_ntz").as("t"))
        .groupBy(window(col("t"), "1 hour", "30 minutes")).count().orderBy(col("window.start")));
    query("sliding_with_column", spark -> clicks(spark).withColumn("w", window(col("ts"), "10 minutes",
        "5 minutes")).orderBy(col("n"), col("w.start")));
    query("sliding_many_windows", spark -> clicks(spark).groupBy(window(col("ts"), "30 minutes", "2 minutes"))
        .agg(sum(col("n")), count(lit(1))).orderBy(col("window.start")));
    query("tumbling_and_sliding_counts", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes")).count()
        .orderBy(col("window.start")));
  }

  private void boundaries() {
    query("sliding_day_windows", spark -> events(spark).groupBy(window(col("ts"), "2 days", "1 day"))
        .agg(sum(col("n"))).orderBy(col("window.start")));
    query("sliding_across_month_end", spark -> events(spark).groupBy(window(col("ts"), "1 day", "6 hours"))
        .agg(sum(col("n")), count(lit(1))).orderBy(col("window.start")));
    query("sliding_before_epoch", spark -> events(spark).filter(col("n").equalTo(6))
        .select(window(col("ts"), "5 minutes", "3 minutes", "1 minute")).orderBy(col("window.start")));
    check("sliding_in_zone", inZone("America/Los_Angeles", spark -> events(spark)
        .groupBy(window(col("ts"), "1 day", "12 hours")).agg(sum(col("n"))).orderBy(col("window.start"))));
    check("sliding_of_ntz_in_zone", inZone("Asia/Kolkata", spark -> events(spark)
        .select(col("n"), window(col("ts").cast("timestamp_ntz"), "1 day", "12 hours"))
        .orderBy(col("n"), col("window.start"))));
    check("tumbling_in_zone", inZone("Asia/Kolkata", spark -> events(spark)
        .groupBy(window(col("ts"), "1 day")).agg(sum(col("n"))).orderBy(col("window.start"))));
  }

  private void windowTime() {
    query("window_time_of_tumbling", spark -> clicks(spark).groupBy(window(col("ts"), "5 minutes"))
        .agg(sum(col("n")).as("total")).select(window_time(col("window")).as("t"), col("total")).orderBy(col("t")));
    query("window_time_of_sliding", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 minutes"))
        .count().select(col("window"), window_time(col("window")), col("count")).orderBy(col("window.start")));
    query("window_time_in_select", spark -> clicks(spark).select(window(col("ts"), "5 minutes").as("w"))
        .select(window_time(col("w"))));
  }

  private void sessions() {
    query("session_window_static_gap", spark -> clicks(spark).groupBy(col("user"),
        session_window(col("ts"), "5 minutes")).agg(sum(col("n")), count(lit(1)))
        .orderBy(col("user"), col("session_window.start")));
    query("session_window_global", spark -> clicks(spark).groupBy(session_window(col("ts"), "5 minutes"))
        .count().orderBy(col("session_window.start")));
    query("session_window_fields", spark -> clicks(spark).groupBy(session_window(col("ts"), "4 minutes")
        .as("s")).agg(sum(col("n")).as("total")).select(col("s.start"), col("s.end"), col("total"))
        .orderBy(col("start")));
    query("session_window_of_ntz", spark -> clicks(spark).select(col("user"),
        col("ts").cast("timestamp_ntz").as("t")).groupBy(col("user"), session_window(col("t"), "10 minutes"))
        .count().orderBy(col("user"), col("session_window.start")));
    query("session_window_time", spark -> clicks(spark).groupBy(session_window(col("ts"), "5 minutes"))
        .count().select(window_time(col("session_window")), col("count")).orderBy(col("count"),
            col("window_time(session_window)")));
    query("session_window_in_select", spark -> clicks(spark).select(col("n"), session_window(col("ts"),
        "5 minutes")).orderBy(col("n")));
    query("session_window_several_keys", spark -> visits(spark).groupBy(col("user"), col("device"),
        session_window(col("ts"), "5 minutes")).agg(sum(col("n")), count(lit(1)), max(col("ts")))
        .orderBy(col("user"), col("device"), col("session_window.start")));
    query("session_window_late_events", spark -> visits(spark).groupBy(col("user"),
        session_window(col("ts"), "4 minutes")).agg(sum(col("n"))).orderBy(col("user"),
            col("session_window.start")));
    check("session_window_in_zone", inZone("America/Los_Angeles", spark -> events(spark)
        .groupBy(session_window(col("ts"), "1 hour")).agg(sum(col("n"))).orderBy(col("session_window.start"))));
  }

  private void sessionGaps() {
    query("session_window_dynamic_gap", spark -> clicks(spark).groupBy(col("user"), session_window(col("ts"),
        when(col("user").equalTo("u1"), "10 minutes").otherwise("1 minute"))).agg(sum(col("n")))
        .orderBy(col("user"), col("session_window.start")));
    query("session_window_interval_gap", spark -> visits(spark).groupBy(col("user"), session_window(col("ts"),
        make_dt_interval(lit(0), lit(0), col("n")))).agg(sum(col("n"))).orderBy(col("user"),
            col("session_window.start")));
    query("session_window_null_and_negative_gaps", spark -> visits(spark).groupBy(col("device"),
        session_window(col("ts"), when(col("n").gt(10), "-1 minute").when(col("n").gt(5), "3 minutes")))
        .agg(sum(col("n"))).orderBy(col("device"), col("session_window.start")));
    query("session_window_dynamic_gap_in_select", spark -> visits(spark).select(col("n"), session_window(
        col("ts"), when(col("n").notEqual(3), "2 minutes"))).orderBy(col("n")));
    query("session_window_zero_gap", spark -> clicks(spark).groupBy(session_window(col("ts"), "0 seconds"))
        .count());
    query("session_window_negative_gap", spark -> clicks(spark).select(session_window(col("ts"), "-5 minutes")));
  }

  private void strings() {
    query("window_of_string", spark -> clicks(spark).groupBy(window(col("user"), "5 minutes")).count());
    query("sliding_window_of_string", spark -> clicks(spark).groupBy(window(col("user"), "10 minutes",
        "5 minutes")).count());
    query("window_of_valid_strings", spark -> events(spark).groupBy(window(col("s"), "1 day", "12 hours"))
        .agg(sum(col("n"))).orderBy(col("window.start")));
    query("session_window_of_string", spark -> clicks(spark).groupBy(session_window(col("user"), "5 minutes"))
        .count());
    query("session_window_of_valid_strings", spark -> events(spark).groupBy(session_window(col("s"), "1 hour"))
        .agg(sum(col("n"))).orderBy(col("session_window.start")));
  }

  private void errors() {
    query("slide_longer_than_window", spark -> clicks(spark).groupBy(window(col("ts"), "5 minutes", "10 minutes"))
        .count());
    query("negative_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "-5 minutes")).count());
    query("negative_slide_duration", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes",
        "-5 minutes")).count());
    query("zero_slide_duration", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "0 seconds"))
        .count());
    query("invalid_slide_duration", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 parsecs"))
        .count());
    query("invalid_start_time", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 minutes",
        "soon")).count());
    query("month_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "1 month")).count());
    query("window_of_integer", spark -> clicks(spark).groupBy(window(col("n"), "5 minutes")).count());
    query("window_time_of_non_window", spark -> clicks(spark).select(window_time(col("ts"))));
    query("invalid_window_duration", spark -> clicks(spark).groupBy(window(col("ts"), "5 fortnights")).count());
    query("two_windows", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes", "5 minutes"),
        session_window(col("ts"), "5 minutes")).count());
    query("session_window_invalid_gap", spark -> clicks(spark).groupBy(session_window(col("ts"),
        "5 fortnights")).count());
    legacyError("month_window_duration_condition", spark -> clicks(spark).groupBy(window(col("ts"), "1 month"))
        .count());
    legacyError("two_windows_condition", spark -> clicks(spark).groupBy(window(col("ts"), "10 minutes",
        "5 minutes"), session_window(col("ts"), "5 minutes")).count());
    legacyError("session_window_interval_gap_condition", spark -> visits(spark).groupBy(session_window(col("ts"),
        make_dt_interval(lit(0), lit(0), col("n")))).count());
    query("session_window_of_integer", spark -> clicks(spark).groupBy(session_window(col("n"), "5 minutes"))
        .count());
  }
}
