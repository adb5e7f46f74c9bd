package dev.ember.bench;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.sql.Date;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The 22 TPC-H queries (default substitution parameters) written with Spark's Dataset/Column API,
 * as a Spark user writes them: one lazy plan per query, nothing executed until the caller collects.
 * Correlated and scalar subqueries are written the way Spark's optimizer rewrites them: EXISTS / IN as
 * {@code left_semi}, NOT EXISTS / NOT IN as {@code left_anti}, a scalar subquery as a join (or
 * {@code crossJoin}) with an aggregate. Interval arithmetic uses {@code date_sub}/{@code add_months}
 * on date literals, as the specification writes {@code DATE '...' + INTERVAL ...}.
 */
public final class TpchQueries {
    private TpchQueries() {
    }

    /** Query {@code n} (1..22); {@code sf} is only used by Q11 (its FRACTION is 0.0001 / SF). */
    public static Dataset<Row> query(int n, SparkSession spark, String dataDir, double sf) {
        switch (n) {
            case 1: return q01(spark, dataDir);
            case 2: return q02(spark, dataDir);
            case 3: return q03(spark, dataDir);
            case 4: return q04(spark, dataDir);
            case 5: return q05(spark, dataDir);
            case 6: return q06(spark, dataDir);
            case 7: return q07(spark, dataDir);
            case 8: return q08(spark, dataDir);
            case 9: return q09(spark, dataDir);
            case 10: return q10(spark, dataDir);
            case 11: return q11(spark, dataDir, sf);
            case 12: return q12(spark, dataDir);
            case 13: return q13(spark, dataDir);
            case 14: return q14(spark, dataDir);
            case 15: return q15(spark, dataDir);
            case 16: return q16(spark, dataDir);
            case 17: return q17(spark, dataDir);
            case 18: return q18(spark, dataDir);
            case 19: return q19(spark, dataDir);
            case 20: return q20(spark, dataDir);
            case 21: return q21(spark, dataDir);
            case 22: return q22(spark, dataDir);
            default: throw new IllegalArgumentException("TPC-H has queries 1..22, not " + n);
        }
    }

    static Dataset<Row> table(SparkSession spark, String dataDir, String name) {
        return spark.read().parquet(dataDir + "/" + name);
    }

    static Column date(String isoDate) {
        return lit(Date.valueOf(isoDate));
    }

    /** l_extendedprice * (1 - l_discount), the revenue of a line. */
    static Column discounted() {
        return col("l_extendedprice").multiply(lit(1).minus(col("l_discount")));
    }

    /** Q1 pricing summary report. */
    public static Dataset<Row> q01(SparkSession spark, String dataDir) {
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        return lineitem
            .filter(col("l_shipdate").leq(date_sub(date("1998-12-01"), 90)))
            .groupBy("l_returnflag", "l_linestatus")
            .agg(
                sum("l_quantity").as("sum_qty"),
                sum("l_extendedprice").as("sum_base_price"),
                sum(discounted()).as("sum_disc_price"),
                sum(discounted().multiply(lit(1).plus(col("l_tax")))).as("sum_charge"),
                avg("l_quantity").as("avg_qty"),
                avg("l_extendedprice").as("avg_price"),
                avg("l_discount").as("avg_disc"),
                count("*").as("count_order"))
            .orderBy("l_returnflag", "l_linestatus");
    }

    /** Q2 minimum cost supplier. */
    public static Dataset<Row> q02(SparkSession spark, String dataDir) {
        Dataset<Row> region = table(spark, dataDir, "region");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> partsupp = table(spark, dataDir, "partsupp");
        Dataset<Row> part = table(spark, dataDir, "part");

        Dataset<Row> europeOffers = region.filter(col("r_name").equalTo("EUROPE"))
            .join(nation, col("r_regionkey").equalTo(col("n_regionkey")))
            .join(supplier, col("n_nationkey").equalTo(col("s_nationkey")))
            .join(partsupp, col("s_suppkey").equalTo(col("ps_suppkey")));
        Dataset<Row> minCost = europeOffers
            .groupBy(col("ps_partkey").as("min_partkey"))
            .agg(min("ps_supplycost").as("min_supplycost"));
        return part.filter(col("p_size").equalTo(15).and(col("p_type").like("%BRASS")))
            .join(europeOffers, col("p_partkey").equalTo(col("ps_partkey")))
            .join(minCost, col("p_partkey").equalTo(col("min_partkey"))
                .and(col("ps_supplycost").equalTo(col("min_supplycost"))))
            .select("s_acctbal", "s_name", "n_name", "p_partkey", "p_mfgr", "s_address", "s_phone", "s_comment")
            .orderBy(col("s_acctbal").desc(), col("n_name"), col("s_name"), col("p_partkey"))
            .limit(100);
    }

    /** Q3 shipping priority. */
    public static Dataset<Row> q03(SparkSession spark, String dataDir) {
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        return customer.filter(col("c_mktsegment").equalTo("BUILDING"))
            .join(orders.filter(col("o_orderdate").lt(date("1995-03-15"))), col("c_custkey").equalTo(col("o_custkey")))
            .join(lineitem.filter(col("l_shipdate").gt(date("1995-03-15"))), col("l_orderkey").equalTo(col("o_orderkey")))
            .groupBy("l_orderkey", "o_orderdate", "o_shippriority")
            .agg(sum(discounted()).as("revenue"))
            .select("l_orderkey", "revenue", "o_orderdate", "o_shippriority")
            .orderBy(col("revenue").desc(), col("o_orderdate"))
            .limit(10);
    }

    /** Q4 order priority checking (EXISTS as a semi join). */
    public static Dataset<Row> q04(SparkSession spark, String dataDir) {
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> lateLines = lineitem.filter(col("l_commitdate").lt(col("l_receiptdate")));
        return orders
            .filter(col("o_orderdate").geq(date("1993-07-01"))
                .and(col("o_orderdate").lt(add_months(date("1993-07-01"), 3))))
            .join(lateLines, col("o_orderkey").equalTo(col("l_orderkey")), "left_semi")
            .groupBy("o_orderpriority")
            .agg(count("*").as("order_count"))
            .orderBy("o_orderpriority");
    }

    /** Q5 local supplier volume. */
    public static Dataset<Row> q05(SparkSession spark, String dataDir) {
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        Dataset<Row> region = table(spark, dataDir, "region");
        return customer
            .join(orders.filter(col("o_orderdate").geq(date("1994-01-01"))
                    .and(col("o_orderdate").lt(add_months(date("1994-01-01"), 12)))),
                col("c_custkey").equalTo(col("o_custkey")))
            .join(lineitem, col("l_orderkey").equalTo(col("o_orderkey")))
            .join(supplier, col("l_suppkey").equalTo(col("s_suppkey")).and(col("c_nationkey").equalTo(col("s_nationkey"))))
            .join(nation, col("s_nationkey").equalTo(col("n_nationkey")))
            .join(region.filter(col("r_name").equalTo("ASIA")), col("n_regionkey").equalTo(col("r_regionkey")))
            .groupBy("n_name")
            .agg(sum(discounted()).as("revenue"))
            .orderBy(col("revenue").desc());
    }

    /** Q6 forecasting revenue change. */
    public static Dataset<Row> q06(SparkSession spark, String dataDir) {
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        return lineitem
            .filter(col("l_shipdate").geq(date("1994-01-01"))
                .and(col("l_shipdate").lt(add_months(date("1994-01-01"), 12)))
                .and(col("l_discount").between(0.05, 0.07))
                .and(col("l_quantity").lt(24)))
            .agg(sum(col("l_extendedprice").multiply(col("l_discount"))).as("revenue"));
    }

    /** Q7 volume shipping. */
    public static Dataset<Row> q07(SparkSession spark, String dataDir) {
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> nations = table(spark, dataDir, "nation").filter(col("n_name").isin("FRANCE", "GERMANY"));
        Dataset<Row> suppNation = nations.select(col("n_nationkey").as("supp_nationkey"), col("n_name").as("supp_nation"));
        Dataset<Row> custNation = nations.select(col("n_nationkey").as("cust_nationkey"), col("n_name").as("cust_nation"));
        return supplier
            .join(suppNation, col("s_nationkey").equalTo(col("supp_nationkey")))
            .join(lineitem.filter(col("l_shipdate").between(date("1995-01-01"), date("1996-12-31"))),
                col("s_suppkey").equalTo(col("l_suppkey")))
            .join(orders, col("o_orderkey").equalTo(col("l_orderkey")))
            .join(customer, col("c_custkey").equalTo(col("o_custkey")))
            .join(custNation, col("c_nationkey").equalTo(col("cust_nationkey")))
            .filter(col("supp_nation").equalTo("FRANCE").and(col("cust_nation").equalTo("GERMANY"))
                .or(col("supp_nation").equalTo("GERMANY").and(col("cust_nation").equalTo("FRANCE"))))
            .select(col("supp_nation"), col("cust_nation"), year(col("l_shipdate")).as("l_year"), discounted().as("volume"))
            .groupBy("supp_nation", "cust_nation", "l_year")
            .agg(sum("volume").as("revenue"))
            .orderBy("supp_nation", "cust_nation", "l_year");
    }

    /** Q8 national market share. */
    public static Dataset<Row> q08(SparkSession spark, String dataDir) {
        Dataset<Row> part = table(spark, dataDir, "part");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        Dataset<Row> region = table(spark, dataDir, "region");
        Dataset<Row> americanCustomers = region.filter(col("r_name").equalTo("AMERICA"))
            .join(nation, col("r_regionkey").equalTo(col("n_regionkey")))
            .join(customer, col("n_nationkey").equalTo(col("c_nationkey")))
            .select("c_custkey");
        Dataset<Row> suppNation = nation.select(col("n_nationkey").as("supp_nationkey"), col("n_name").as("nation"));
        return part.filter(col("p_type").equalTo("ECONOMY ANODIZED STEEL"))
            .join(lineitem, col("p_partkey").equalTo(col("l_partkey")))
            .join(supplier, col("s_suppkey").equalTo(col("l_suppkey")))
            .join(orders.filter(col("o_orderdate").between(date("1995-01-01"), date("1996-12-31"))),
                col("l_orderkey").equalTo(col("o_orderkey")))
            .join(americanCustomers, col("o_custkey").equalTo(col("c_custkey")))
            .join(suppNation, col("s_nationkey").equalTo(col("supp_nationkey")))
            .select(year(col("o_orderdate")).as("o_year"), discounted().as("volume"), col("nation"))
            .groupBy("o_year")
            .agg(sum(when(col("nation").equalTo("BRAZIL"), col("volume")).otherwise(0))
                .divide(sum("volume")).as("mkt_share"))
            .orderBy("o_year");
    }

    /** Q9 product type profit measure. */
    public static Dataset<Row> q09(SparkSession spark, String dataDir) {
        Dataset<Row> part = table(spark, dataDir, "part");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> partsupp = table(spark, dataDir, "partsupp");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        return part.filter(col("p_name").like("%green%"))
            .join(lineitem, col("p_partkey").equalTo(col("l_partkey")))
            .join(supplier, col("s_suppkey").equalTo(col("l_suppkey")))
            .join(partsupp, col("ps_suppkey").equalTo(col("l_suppkey")).and(col("ps_partkey").equalTo(col("l_partkey"))))
            .join(orders, col("o_orderkey").equalTo(col("l_orderkey")))
            .join(nation, col("s_nationkey").equalTo(col("n_nationkey")))
            .select(col("n_name").as("nation"), year(col("o_orderdate")).as("o_year"),
                discounted().minus(col("ps_supplycost").multiply(col("l_quantity"))).as("amount"))
            .groupBy("nation", "o_year")
            .agg(sum("amount").as("sum_profit"))
            .orderBy(col("nation"), col("o_year").desc());
    }

    /** Q10 returned item reporting. */
    public static Dataset<Row> q10(SparkSession spark, String dataDir) {
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        return customer
            .join(orders.filter(col("o_orderdate").geq(date("1993-10-01"))
                    .and(col("o_orderdate").lt(add_months(date("1993-10-01"), 3)))),
                col("c_custkey").equalTo(col("o_custkey")))
            .join(lineitem.filter(col("l_returnflag").equalTo("R")), col("l_orderkey").equalTo(col("o_orderkey")))
            .join(nation, col("c_nationkey").equalTo(col("n_nationkey")))
            .groupBy("c_custkey", "c_name", "c_acctbal", "c_phone", "n_name", "c_address", "c_comment")
            .agg(sum(discounted()).as("revenue"))
            .select("c_custkey", "c_name", "revenue", "c_acctbal", "n_name", "c_address", "c_phone", "c_comment")
            .orderBy(col("revenue").desc())
            .limit(20);
    }

    /** Q11 important stock identification (the HAVING subquery as a cross join with the total). */
    public static Dataset<Row> q11(SparkSession spark, String dataDir, double sf) {
        Dataset<Row> partsupp = table(spark, dataDir, "partsupp");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        Dataset<Row> germanStock = partsupp
            .join(supplier, col("ps_suppkey").equalTo(col("s_suppkey")))
            .join(nation.filter(col("n_name").equalTo("GERMANY")), col("s_nationkey").equalTo(col("n_nationkey")))
            .select(col("ps_partkey"), col("ps_supplycost").multiply(col("ps_availqty")).as("stock_value"));
        Dataset<Row> threshold = germanStock.agg(sum("stock_value").multiply(0.0001 / sf).as("threshold"));
        return germanStock
            .groupBy("ps_partkey")
            .agg(sum("stock_value").as("value"))
            .crossJoin(threshold)
            .filter(col("value").gt(col("threshold")))
            .select("ps_partkey", "value")
            .orderBy(col("value").desc());
    }

    /** Q12 shipping modes and order priority. */
    public static Dataset<Row> q12(SparkSession spark, String dataDir) {
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Column urgent = col("o_orderpriority").isin("1-URGENT", "2-HIGH");
        return lineitem
            .filter(col("l_shipmode").isin("MAIL", "SHIP")
                .and(col("l_commitdate").lt(col("l_receiptdate")))
                .and(col("l_shipdate").lt(col("l_commitdate")))
                .and(col("l_receiptdate").geq(date("1994-01-01")))
                .and(col("l_receiptdate").lt(add_months(date("1994-01-01"), 12))))
            .join(orders, col("o_orderkey").equalTo(col("l_orderkey")))
            .groupBy("l_shipmode")
            .agg(sum(when(urgent, 1).otherwise(0)).as("high_line_count"),
                sum(when(not(urgent), 1).otherwise(0)).as("low_line_count"))
            .orderBy("l_shipmode");
    }

    /** Q13 customer distribution. */
    public static Dataset<Row> q13(SparkSession spark, String dataDir) {
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        return customer
            .join(orders.filter(not(col("o_comment").like("%special%requests%"))),
                col("c_custkey").equalTo(col("o_custkey")), "left_outer")
            .groupBy("c_custkey")
            .agg(count("o_orderkey").as("c_count"))
            .groupBy("c_count")
            .agg(count("*").as("custdist"))
            .orderBy(col("custdist").desc(), col("c_count").desc());
    }

    /** Q14 promotion effect. */
    public static Dataset<Row> q14(SparkSession spark, String dataDir) {
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> part = table(spark, dataDir, "part");
        return lineitem
            .filter(col("l_shipdate").geq(date("1995-09-01"))
                .and(col("l_shipdate").lt(add_months(date("1995-09-01"), 1))))
            .join(part, col("l_partkey").equalTo(col("p_partkey")))
            .agg(lit(100.00).multiply(sum(when(col("p_type").like("PROMO%"), discounted()).otherwise(0)))
                .divide(sum(discounted())).as("promo_revenue"));
    }

    /** Q15 top supplier (the revenue view as a Dataset, the max as a join with its aggregate). */
    public static Dataset<Row> q15(SparkSession spark, String dataDir) {
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> revenue = lineitem
            .filter(col("l_shipdate").geq(date("1996-01-01"))
                .and(col("l_shipdate").lt(add_months(date("1996-01-01"), 3))))
            .groupBy(col("l_suppkey").as("supplier_no"))
            .agg(sum(discounted()).as("total_revenue"));
        Dataset<Row> maxRevenue = revenue.agg(max("total_revenue").as("max_revenue"));
        return supplier
            .join(revenue, col("s_suppkey").equalTo(col("supplier_no")))
            .join(maxRevenue, col("total_revenue").equalTo(col("max_revenue")))
            .select("s_suppkey", "s_name", "s_address", "s_phone", "total_revenue")
            .orderBy("s_suppkey");
    }

    /** Q16 parts/supplier relationship (NOT IN as an anti join). */
    public static Dataset<Row> q16(SparkSession spark, String dataDir) {
        Dataset<Row> partsupp = table(spark, dataDir, "partsupp");
        Dataset<Row> part = table(spark, dataDir, "part");
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> complainers = supplier.filter(col("s_comment").like("%Customer%Complaints%")).select("s_suppkey");
        return partsupp
            .join(complainers, col("ps_suppkey").equalTo(col("s_suppkey")), "left_anti")
            .join(part.filter(col("p_brand").notEqual("Brand#45")
                    .and(not(col("p_type").like("MEDIUM POLISHED%")))
                    .and(col("p_size").isin(49, 14, 23, 45, 19, 3, 36, 9))),
                col("p_partkey").equalTo(col("ps_partkey")))
            .groupBy("p_brand", "p_type", "p_size")
            .agg(countDistinct("ps_suppkey").as("supplier_cnt"))
            .orderBy(col("supplier_cnt").desc(), col("p_brand"), col("p_type"), col("p_size"));
    }

    /** Q17 small-quantity-order revenue (the correlated average as a join with a per-part aggregate). */
    public static Dataset<Row> q17(SparkSession spark, String dataDir) {
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> part = table(spark, dataDir, "part");
        Dataset<Row> partLines = part
            .filter(col("p_brand").equalTo("Brand#23").and(col("p_container").equalTo("MED BOX")))
            .select("p_partkey")
            .join(lineitem, col("p_partkey").equalTo(col("l_partkey")));
        Dataset<Row> smallQuantity = partLines
            .groupBy(col("p_partkey").as("avg_partkey"))
            .agg(avg("l_quantity").multiply(0.2).as("small_quantity"));
        return partLines
            .join(smallQuantity, col("p_partkey").equalTo(col("avg_partkey")))
            .filter(col("l_quantity").lt(col("small_quantity")))
            .agg(sum("l_extendedprice").divide(7.0).as("avg_yearly"));
    }

    /** Q18 large volume customer (IN as a semi join with the grouped lines). */
    public static Dataset<Row> q18(SparkSession spark, String dataDir) {
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> bigOrders = lineitem
            .groupBy(col("l_orderkey").as("big_orderkey"))
            .agg(sum("l_quantity").as("total_quantity"))
            .filter(col("total_quantity").gt(300));
        return customer
            .join(orders, col("c_custkey").equalTo(col("o_custkey")))
            .join(bigOrders, col("o_orderkey").equalTo(col("big_orderkey")), "left_semi")
            .join(lineitem, col("o_orderkey").equalTo(col("l_orderkey")))
            .groupBy("c_name", "c_custkey", "o_orderkey", "o_orderdate", "o_totalprice")
            .agg(sum("l_quantity").as("sum_qty"))
            .orderBy(col("o_totalprice").desc(), col("o_orderdate"))
            .limit(100);
    }

    /** Q19 discounted revenue. */
    public static Dataset<Row> q19(SparkSession spark, String dataDir) {
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> part = table(spark, dataDir, "part");
        Column brand12 = col("p_brand").equalTo("Brand#12")
            .and(col("p_container").isin("SM CASE", "SM BOX", "SM PACK", "SM PKG"))
            .and(col("l_quantity").geq(1)).and(col("l_quantity").leq(1 + 10))
            .and(col("p_size").between(1, 5));
        Column brand23 = col("p_brand").equalTo("Brand#23")
            .and(col("p_container").isin("MED BAG", "MED BOX", "MED PKG", "MED PACK"))
            .and(col("l_quantity").geq(10)).and(col("l_quantity").leq(10 + 10))
            .and(col("p_size").between(1, 10));
        Column brand34 = col("p_brand").equalTo("Brand#34")
            .and(col("p_container").isin("LG CASE", "LG BOX", "LG PACK", "LG PKG"))
            .and(col("l_quantity").geq(20)).and(col("l_quantity").leq(20 + 10))
            .and(col("p_size").between(1, 15));
        return lineitem
            .filter(col("l_shipmode").isin("AIR", "AIR REG").and(col("l_shipinstruct").equalTo("DELIVER IN PERSON")))
            .join(part, col("p_partkey").equalTo(col("l_partkey")))
            .filter(brand12.or(brand23).or(brand34))
            .agg(sum(discounted()).as("revenue"));
    }

    /** Q20 potential part promotion (IN as semi joins, the correlated sum as a join with an aggregate). */
    public static Dataset<Row> q20(SparkSession spark, String dataDir) {
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        Dataset<Row> partsupp = table(spark, dataDir, "partsupp");
        Dataset<Row> part = table(spark, dataDir, "part");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> forestParts = part.filter(col("p_name").like("forest%")).select("p_partkey");
        Dataset<Row> shipped = lineitem
            .filter(col("l_shipdate").geq(date("1994-01-01"))
                .and(col("l_shipdate").lt(add_months(date("1994-01-01"), 12))))
            .groupBy("l_partkey", "l_suppkey")
            .agg(sum("l_quantity").multiply(0.5).as("half_quantity"));
        Dataset<Row> excessSuppliers = partsupp
            .join(forestParts, col("ps_partkey").equalTo(col("p_partkey")), "left_semi")
            .join(shipped, col("ps_partkey").equalTo(col("l_partkey")).and(col("ps_suppkey").equalTo(col("l_suppkey"))))
            .filter(col("ps_availqty").gt(col("half_quantity")))
            .select("ps_suppkey");
        return supplier
            .join(nation.filter(col("n_name").equalTo("CANADA")), col("s_nationkey").equalTo(col("n_nationkey")))
            .join(excessSuppliers, col("s_suppkey").equalTo(col("ps_suppkey")), "left_semi")
            .select("s_name", "s_address")
            .orderBy("s_name");
    }

    /** Q21 suppliers who kept orders waiting (EXISTS / NOT EXISTS as semi / anti joins with a non-equi condition). */
    public static Dataset<Row> q21(SparkSession spark, String dataDir) {
        Dataset<Row> supplier = table(spark, dataDir, "supplier");
        Dataset<Row> lineitem = table(spark, dataDir, "lineitem");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> nation = table(spark, dataDir, "nation");
        Dataset<Row> otherLines = lineitem.select(col("l_orderkey").as("l2_orderkey"), col("l_suppkey").as("l2_suppkey"));
        Dataset<Row> otherLateLines = lineitem
            .filter(col("l_receiptdate").gt(col("l_commitdate")))
            .select(col("l_orderkey").as("l3_orderkey"), col("l_suppkey").as("l3_suppkey"));
        return supplier
            .join(nation.filter(col("n_name").equalTo("SAUDI ARABIA")), col("s_nationkey").equalTo(col("n_nationkey")))
            .join(lineitem.filter(col("l_receiptdate").gt(col("l_commitdate"))), col("s_suppkey").equalTo(col("l_suppkey")))
            .join(orders.filter(col("o_orderstatus").equalTo("F")), col("o_orderkey").equalTo(col("l_orderkey")))
            .join(otherLines, col("l2_orderkey").equalTo(col("l_orderkey"))
                .and(col("l2_suppkey").notEqual(col("l_suppkey"))), "left_semi")
            .join(otherLateLines, col("l3_orderkey").equalTo(col("l_orderkey"))
                .and(col("l3_suppkey").notEqual(col("l_suppkey"))), "left_anti")
            .groupBy("s_name")
            .agg(count("*").as("numwait"))
            .orderBy(col("numwait").desc(), col("s_name"))
            .limit(100);
    }

    /** Q22 global sales opportunity (the average as a cross join, NOT EXISTS as an anti join). */
    public static Dataset<Row> q22(SparkSession spark, String dataDir) {
        Dataset<Row> customer = table(spark, dataDir, "customer");
        Dataset<Row> orders = table(spark, dataDir, "orders");
        Dataset<Row> candidates = customer
            .select(substring(col("c_phone"), 1, 2).as("cntrycode"), col("c_acctbal"), col("c_custkey"))
            .filter(col("cntrycode").isin("13", "31", "23", "29", "30", "18", "17"));
        Dataset<Row> averageBalance = candidates
            .filter(col("c_acctbal").gt(0.00))
            .agg(avg("c_acctbal").as("avg_acctbal"));
        return candidates
            .join(orders, col("c_custkey").equalTo(col("o_custkey")), "left_anti")
            .crossJoin(averageBalance)
            .filter(col("c_acctbal").gt(col("avg_acctbal")))
            .groupBy("cntrycode")
            .agg(count("*").as("numcust"), sum("c_acctbal").as("totacctbal"))
            .orderBy("cntrycode");
    }
}
