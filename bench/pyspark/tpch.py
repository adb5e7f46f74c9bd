"""The 22 TPC-H queries (default substitution parameters) written with PySpark's DataFrame API: a line-by-line port
of the Java bench's ``dev.ember.bench.TpchQueries`` (same plans, same answers). One lazy DataFrame per query,
nothing executed until the caller collects. Correlated and scalar subqueries are written the way Spark's optimizer
rewrites them: EXISTS / IN as ``left_semi``, NOT EXISTS / NOT IN as ``left_anti``, a scalar subquery as a join (or
``crossJoin``) with an aggregate; interval arithmetic as ``date_sub``/``add_months`` on date literals."""

import datetime

from pyspark.sql import functions as F
from pyspark.sql.functions import col


def query(n, spark, data, sf):
    """Query ``n`` (1..22) over the Parquet tables under ``data``; ``sf`` is only used by Q11 (FRACTION 0.0001 / SF)."""
    if not 1 <= n <= 22:
        raise ValueError(f"TPC-H has queries 1..22, not {n}")
    q = globals()[f"q{n:02d}"]
    return q(spark, data, sf) if n == 11 else q(spark, data)


def table(spark, data, name):
    return spark.read.parquet(f"{data}/{name}")


def date(iso):
    return F.lit(datetime.date.fromisoformat(iso))


def discounted():
    """l_extendedprice * (1 - l_discount), the revenue of a line."""
    return col("l_extendedprice") * (F.lit(1) - col("l_discount"))


def q01(spark, data):
    lineitem = table(spark, data, "lineitem")
    return (lineitem
            .filter(col("l_shipdate") <= F.date_sub(date("1998-12-01"), 90))
            .groupBy("l_returnflag", "l_linestatus")
            .agg(F.sum("l_quantity").alias("sum_qty"),
                 F.sum("l_extendedprice").alias("sum_base_price"),
                 F.sum(discounted()).alias("sum_disc_price"),
                 F.sum(discounted() * (F.lit(1) + col("l_tax"))).alias("sum_charge"),
                 F.avg("l_quantity").alias("avg_qty"),
                 F.avg("l_extendedprice").alias("avg_price"),
                 F.avg("l_discount").alias("avg_disc"),
                 F.count("*").alias("count_order"))
            .orderBy("l_returnflag", "l_linestatus"))


def q02(spark, data):
    region, nation, supplier, partsupp, part = (table(spark, data, t) for t in
                                                ("region", "nation", "supplier", "partsupp", "part"))
    europe_offers = (region.filter(col("r_name") == "EUROPE")
                     .join(nation, col("r_regionkey") == col("n_regionkey"))
                     .join(supplier, col("n_nationkey") == col("s_nationkey"))
                     .join(partsupp, col("s_suppkey") == col("ps_suppkey")))
    min_cost = (europe_offers.groupBy(col("ps_partkey").alias("min_partkey"))
                .agg(F.min("ps_supplycost").alias("min_supplycost")))
    return (part.filter((col("p_size") == 15) & col("p_type").like("%BRASS"))
            .join(europe_offers, col("p_partkey") == col("ps_partkey"))
            .join(min_cost, (col("p_partkey") == col("min_partkey")) & (col("ps_supplycost") == col("min_supplycost")))
            .select("s_acctbal", "s_name", "n_name", "p_partkey", "p_mfgr", "s_address", "s_phone", "s_comment")
            .orderBy(col("s_acctbal").desc(), col("n_name"), col("s_name"), col("p_partkey"))
            .limit(100))


def q03(spark, data):
    customer, orders, lineitem = (table(spark, data, t) for t in ("customer", "orders", "lineitem"))
    return (customer.filter(col("c_mktsegment") == "BUILDING")
            .join(orders.filter(col("o_orderdate") < date("1995-03-15")), col("c_custkey") == col("o_custkey"))
            .join(lineitem.filter(col("l_shipdate") > date("1995-03-15")), col("l_orderkey") == col("o_orderkey"))
            .groupBy("l_orderkey", "o_orderdate", "o_shippriority")
            .agg(F.sum(discounted()).alias("revenue"))
            .select("l_orderkey", "revenue", "o_orderdate", "o_shippriority")
            .orderBy(col("revenue").desc(), col("o_orderdate"))
            .limit(10))


def q04(spark, data):
    orders, lineitem = (table(spark, data, t) for t in ("orders", "lineitem"))
    late_lines = lineitem.filter(col("l_commitdate") < col("l_receiptdate"))
    return (orders
            .filter((col("o_orderdate") >= date("1993-07-01"))
                    & (col("o_orderdate") < F.add_months(date("1993-07-01"), 3)))
            .join(late_lines, col("o_orderkey") == col("l_orderkey"), "left_semi")
            .groupBy("o_orderpriority")
            .agg(F.count("*").alias("order_count"))
            .orderBy("o_orderpriority"))


def q05(spark, data):
    customer, orders, lineitem, supplier, nation, region = (table(spark, data, t) for t in
                                                            ("customer", "orders", "lineitem", "supplier", "nation",
                                                             "region"))
    return (customer
            .join(orders.filter((col("o_orderdate") >= date("1994-01-01"))
                                & (col("o_orderdate") < F.add_months(date("1994-01-01"), 12))),
                  col("c_custkey") == col("o_custkey"))
            .join(lineitem, col("l_orderkey") == col("o_orderkey"))
            .join(supplier, (col("l_suppkey") == col("s_suppkey")) & (col("c_nationkey") == col("s_nationkey")))
            .join(nation, col("s_nationkey") == col("n_nationkey"))
            .join(region.filter(col("r_name") == "ASIA"), col("n_regionkey") == col("r_regionkey"))
            .groupBy("n_name")
            .agg(F.sum(discounted()).alias("revenue"))
            .orderBy(col("revenue").desc()))


def q06(spark, data):
    lineitem = table(spark, data, "lineitem")
    return (lineitem
            .filter((col("l_shipdate") >= date("1994-01-01"))
                    & (col("l_shipdate") < F.add_months(date("1994-01-01"), 12))
                    & col("l_discount").between(0.05, 0.07)
                    & (col("l_quantity") < 24))
            .agg(F.sum(col("l_extendedprice") * col("l_discount")).alias("revenue")))


def q07(spark, data):
    supplier, lineitem, orders, customer = (table(spark, data, t) for t in
                                            ("supplier", "lineitem", "orders", "customer"))
    nations = table(spark, data, "nation").filter(col("n_name").isin("FRANCE", "GERMANY"))
    supp_nation = nations.select(col("n_nationkey").alias("supp_nationkey"), col("n_name").alias("supp_nation"))
    cust_nation = nations.select(col("n_nationkey").alias("cust_nationkey"), col("n_name").alias("cust_nation"))
    return (supplier
            .join(supp_nation, col("s_nationkey") == col("supp_nationkey"))
            .join(lineitem.filter(col("l_shipdate").between(date("1995-01-01"), date("1996-12-31"))),
                  col("s_suppkey") == col("l_suppkey"))
            .join(orders, col("o_orderkey") == col("l_orderkey"))
            .join(customer, col("c_custkey") == col("o_custkey"))
            .join(cust_nation, col("c_nationkey") == col("cust_nationkey"))
            .filter(((col("supp_nation") == "FRANCE") & (col("cust_nation") == "GERMANY"))
                    | ((col("supp_nation") == "GERMANY") & (col("cust_nation") == "FRANCE")))
            .select(col("supp_nation"), col("cust_nation"), F.year(col("l_shipdate")).alias("l_year"),
                    discounted().alias("volume"))
            .groupBy("supp_nation", "cust_nation", "l_year")
            .agg(F.sum("volume").alias("revenue"))
            .orderBy("supp_nation", "cust_nation", "l_year"))


def q08(spark, data):
    part, supplier, lineitem, orders, customer, nation, region = (table(spark, data, t) for t in
                                                                  ("part", "supplier", "lineitem", "orders",
                                                                   "customer", "nation", "region"))
    american_customers = (region.filter(col("r_name") == "AMERICA")
                          .join(nation, col("r_regionkey") == col("n_regionkey"))
                          .join(customer, col("n_nationkey") == col("c_nationkey"))
                          .select("c_custkey"))
    supp_nation = nation.select(col("n_nationkey").alias("supp_nationkey"), col("n_name").alias("nation"))
    return (part.filter(col("p_type") == "ECONOMY ANODIZED STEEL")
            .join(lineitem, col("p_partkey") == col("l_partkey"))
            .join(supplier, col("s_suppkey") == col("l_suppkey"))
            .join(orders.filter(col("o_orderdate").between(date("1995-01-01"), date("1996-12-31"))),
                  col("l_orderkey") == col("o_orderkey"))
            .join(american_customers, col("o_custkey") == col("c_custkey"))
            .join(supp_nation, col("s_nationkey") == col("supp_nationkey"))
            .select(F.year(col("o_orderdate")).alias("o_year"), discounted().alias("volume"), col("nation"))
            .groupBy("o_year")
            .agg((F.sum(F.when(col("nation") == "BRAZIL", col("volume")).otherwise(0)) / F.sum("volume"))
                 .alias("mkt_share"))
            .orderBy("o_year"))


def q09(spark, data):
    part, supplier, lineitem, partsupp, orders, nation = (table(spark, data, t) for t in
                                                          ("part", "supplier", "lineitem", "partsupp", "orders",
                                                           "nation"))
    return (part.filter(col("p_name").like("%green%"))
            .join(lineitem, col("p_partkey") == col("l_partkey"))
            .join(supplier, col("s_suppkey") == col("l_suppkey"))
            .join(partsupp, (col("ps_suppkey") == col("l_suppkey")) & (col("ps_partkey") == col("l_partkey")))
            .join(orders, col("o_orderkey") == col("l_orderkey"))
            .join(nation, col("s_nationkey") == col("n_nationkey"))
            .select(col("n_name").alias("nation"), F.year(col("o_orderdate")).alias("o_year"),
                    (discounted() - col("ps_supplycost") * col("l_quantity")).alias("amount"))
            .groupBy("nation", "o_year")
            .agg(F.sum("amount").alias("sum_profit"))
            .orderBy(col("nation"), col("o_year").desc()))


def q10(spark, data):
    customer, orders, lineitem, nation = (table(spark, data, t) for t in ("customer", "orders", "lineitem", "nation"))
    return (customer
            .join(orders.filter((col("o_orderdate") >= date("1993-10-01"))
                                & (col("o_orderdate") < F.add_months(date("1993-10-01"), 3))),
                  col("c_custkey") == col("o_custkey"))
            .join(lineitem.filter(col("l_returnflag") == "R"), col("l_orderkey") == col("o_orderkey"))
            .join(nation, col("c_nationkey") == col("n_nationkey"))
            .groupBy("c_custkey", "c_name", "c_acctbal", "c_phone", "n_name", "c_address", "c_comment")
            .agg(F.sum(discounted()).alias("revenue"))
            .select("c_custkey", "c_name", "revenue", "c_acctbal", "n_name", "c_address", "c_phone", "c_comment")
            .orderBy(col("revenue").desc())
            .limit(20))


def q11(spark, data, sf):
    partsupp, supplier, nation = (table(spark, data, t) for t in ("partsupp", "supplier", "nation"))
    german_stock = (partsupp
                    .join(supplier, col("ps_suppkey") == col("s_suppkey"))
                    .join(nation.filter(col("n_name") == "GERMANY"), col("s_nationkey") == col("n_nationkey"))
                    .select(col("ps_partkey"), (col("ps_supplycost") * col("ps_availqty")).alias("stock_value")))
    threshold = german_stock.agg((F.sum("stock_value") * (0.0001 / sf)).alias("threshold"))
    return (german_stock
            .groupBy("ps_partkey")
            .agg(F.sum("stock_value").alias("value"))
            .crossJoin(threshold)
            .filter(col("value") > col("threshold"))
            .select("ps_partkey", "value")
            .orderBy(col("value").desc()))


def q12(spark, data):
    orders, lineitem = (table(spark, data, t) for t in ("orders", "lineitem"))
    urgent = col("o_orderpriority").isin("1-URGENT", "2-HIGH")
    return (lineitem
            .filter(col("l_shipmode").isin("MAIL", "SHIP")
                    & (col("l_commitdate") < col("l_receiptdate"))
                    & (col("l_shipdate") < col("l_commitdate"))
                    & (col("l_receiptdate") >= date("1994-01-01"))
                    & (col("l_receiptdate") < F.add_months(date("1994-01-01"), 12)))
            .join(orders, col("o_orderkey") == col("l_orderkey"))
            .groupBy("l_shipmode")
            .agg(F.sum(F.when(urgent, 1).otherwise(0)).alias("high_line_count"),
                 F.sum(F.when(~urgent, 1).otherwise(0)).alias("low_line_count"))
            .orderBy("l_shipmode"))


def q13(spark, data):
    customer, orders = (table(spark, data, t) for t in ("customer", "orders"))
    return (customer
            .join(orders.filter(~col("o_comment").like("%special%requests%")),
                  col("c_custkey") == col("o_custkey"), "left_outer")
            .groupBy("c_custkey")
            .agg(F.count("o_orderkey").alias("c_count"))
            .groupBy("c_count")
            .agg(F.count("*").alias("custdist"))
            .orderBy(col("custdist").desc(), col("c_count").desc()))


def q14(spark, data):
    lineitem, part = (table(spark, data, t) for t in ("lineitem", "part"))
    return (lineitem
            .filter((col("l_shipdate") >= date("1995-09-01"))
                    & (col("l_shipdate") < F.add_months(date("1995-09-01"), 1)))
            .join(part, col("l_partkey") == col("p_partkey"))
            .agg((F.lit(100.00) * F.sum(F.when(col("p_type").like("PROMO%"), discounted()).otherwise(0))
                  / F.sum(discounted())).alias("promo_revenue")))


def q15(spark, data):
    lineitem, supplier = (table(spark, data, t) for t in ("lineitem", "supplier"))
    revenue = (lineitem
               .filter((col("l_shipdate") >= date("1996-01-01"))
                       & (col("l_shipdate") < F.add_months(date("1996-01-01"), 3)))
               .groupBy(col("l_suppkey").alias("supplier_no"))
               .agg(F.sum(discounted()).alias("total_revenue")))
    max_revenue = revenue.agg(F.max("total_revenue").alias("max_revenue"))
    return (supplier
            .join(revenue, col("s_suppkey") == col("supplier_no"))
            .join(max_revenue, col("total_revenue") == col("max_revenue"))
            .select("s_suppkey", "s_name", "s_address", "s_phone", "total_revenue")
            .orderBy("s_suppkey"))


def q16(spark, data):
    partsupp, part, supplier = (table(spark, data, t) for t in ("partsupp", "part", "supplier"))
    complainers = supplier.filter(col("s_comment").like("%Customer%Complaints%")).select("s_suppkey")
    return (partsupp
            .join(complainers, col("ps_suppkey") == col("s_suppkey"), "left_anti")
            .join(part.filter((col("p_brand") != "Brand#45")
                              & ~col("p_type").like("MEDIUM POLISHED%")
                              & col("p_size").isin(49, 14, 23, 45, 19, 3, 36, 9)),
                  col("p_partkey") == col("ps_partkey"))
            .groupBy("p_brand", "p_type", "p_size")
            .agg(F.countDistinct("ps_suppkey").alias("supplier_cnt"))
            .orderBy(col("supplier_cnt").desc(), col("p_brand"), col("p_type"), col("p_size")))


def q17(spark, data):
    lineitem, part = (table(spark, data, t) for t in ("lineitem", "part"))
    part_lines = (part
                  .filter((col("p_brand") == "Brand#23") & (col("p_container") == "MED BOX"))
                  .select("p_partkey")
                  .join(lineitem, col("p_partkey") == col("l_partkey")))
    small_quantity = (part_lines
                      .groupBy(col("p_partkey").alias("avg_partkey"))
                      .agg((F.avg("l_quantity") * 0.2).alias("small_quantity")))
    return (part_lines
            .join(small_quantity, col("p_partkey") == col("avg_partkey"))
            .filter(col("l_quantity") < col("small_quantity"))
            .agg((F.sum("l_extendedprice") / 7.0).alias("avg_yearly")))


def q18(spark, data):
    customer, orders, lineitem = (table(spark, data, t) for t in ("customer", "orders", "lineitem"))
    big_orders = (lineitem
                  .groupBy(col("l_orderkey").alias("big_orderkey"))
                  .agg(F.sum("l_quantity").alias("total_quantity"))
                  .filter(col("total_quantity") > 300))
    return (customer
            .join(orders, col("c_custkey") == col("o_custkey"))
            .join(big_orders, col("o_orderkey") == col("big_orderkey"), "left_semi")
            .join(lineitem, col("o_orderkey") == col("l_orderkey"))
            .groupBy("c_name", "c_custkey", "o_orderkey", "o_orderdate", "o_totalprice")
            .agg(F.sum("l_quantity").alias("sum_qty"))
            .orderBy(col("o_totalprice").desc(), col("o_orderdate"))
            .limit(100))


def q19(spark, data):
    lineitem, part = (table(spark, data, t) for t in ("lineitem", "part"))
    brand12 = ((col("p_brand") == "Brand#12")
               & col("p_container").isin("SM CASE", "SM BOX", "SM PACK", "SM PKG")
               & (col("l_quantity") >= 1) & (col("l_quantity") <= 1 + 10)
               & col("p_size").between(1, 5))
    brand23 = ((col("p_brand") == "Brand#23")
               & col("p_container").isin("MED BAG", "MED BOX", "MED PKG", "MED PACK")
               & (col("l_quantity") >= 10) & (col("l_quantity") <= 10 + 10)
               & col("p_size").between(1, 10))
    brand34 = ((col("p_brand") == "Brand#34")
               & col("p_container").isin("LG CASE", "LG BOX", "LG PACK", "LG PKG")
               & (col("l_quantity") >= 20) & (col("l_quantity") <= 20 + 10)
               & col("p_size").between(1, 15))
    return (lineitem
            .filter(col("l_shipmode").isin("AIR", "AIR REG") & (col("l_shipinstruct") == "DELIVER IN PERSON"))
            .join(part, col("p_partkey") == col("l_partkey"))
            .filter(brand12 | brand23 | brand34)
            .agg(F.sum(discounted()).alias("revenue")))


def q20(spark, data):
    supplier, nation, partsupp, part, lineitem = (table(spark, data, t) for t in
                                                  ("supplier", "nation", "partsupp", "part", "lineitem"))
    forest_parts = part.filter(col("p_name").like("forest%")).select("p_partkey")
    shipped = (lineitem
               .filter((col("l_shipdate") >= date("1994-01-01"))
                       & (col("l_shipdate") < F.add_months(date("1994-01-01"), 12)))
               .groupBy("l_partkey", "l_suppkey")
               .agg((F.sum("l_quantity") * 0.5).alias("half_quantity")))
    excess_suppliers = (partsupp
                        .join(forest_parts, col("ps_partkey") == col("p_partkey"), "left_semi")
                        .join(shipped, (col("ps_partkey") == col("l_partkey")) & (col("ps_suppkey") == col("l_suppkey")))
                        .filter(col("ps_availqty") > col("half_quantity"))
                        .select("ps_suppkey"))
    return (supplier
            .join(nation.filter(col("n_name") == "CANADA"), col("s_nationkey") == col("n_nationkey"))
            .join(excess_suppliers, col("s_suppkey") == col("ps_suppkey"), "left_semi")
            .select("s_name", "s_address")
            .orderBy("s_name"))


def q21(spark, data):
    supplier, lineitem, orders, nation = (table(spark, data, t) for t in ("supplier", "lineitem", "orders", "nation"))
    other_lines = lineitem.select(col("l_orderkey").alias("l2_orderkey"), col("l_suppkey").alias("l2_suppkey"))
    other_late_lines = (lineitem
                        .filter(col("l_receiptdate") > col("l_commitdate"))
                        .select(col("l_orderkey").alias("l3_orderkey"), col("l_suppkey").alias("l3_suppkey")))
    return (supplier
            .join(nation.filter(col("n_name") == "SAUDI ARABIA"), col("s_nationkey") == col("n_nationkey"))
            .join(lineitem.filter(col("l_receiptdate") > col("l_commitdate")), col("s_suppkey") == col("l_suppkey"))
            .join(orders.filter(col("o_orderstatus") == "F"), col("o_orderkey") == col("l_orderkey"))
            .join(other_lines, (col("l2_orderkey") == col("l_orderkey"))
                  & (col("l2_suppkey") != col("l_suppkey")), "left_semi")
            .join(other_late_lines, (col("l3_orderkey") == col("l_orderkey"))
                  & (col("l3_suppkey") != col("l_suppkey")), "left_anti")
            .groupBy("s_name")
            .agg(F.count("*").alias("numwait"))
            .orderBy(col("numwait").desc(), col("s_name"))
            .limit(100))


def q22(spark, data):
    customer, orders = (table(spark, data, t) for t in ("customer", "orders"))
    candidates = (customer
                  .select(F.substring(col("c_phone"), 1, 2).alias("cntrycode"), col("c_acctbal"), col("c_custkey"))
                  .filter(col("cntrycode").isin("13", "31", "23", "29", "30", "18", "17")))
    average_balance = (candidates
                       .filter(col("c_acctbal") > 0.00)
                       .agg(F.avg("c_acctbal").alias("avg_acctbal")))
    return (candidates
            .join(orders, col("c_custkey") == col("o_custkey"), "left_anti")
            .crossJoin(average_balance)
            .filter(col("c_acctbal") > col("avg_acctbal"))
            .groupBy("cntrycode")
            .agg(F.count("*").alias("numcust"), F.sum("c_acctbal").alias("totacctbal"))
            .orderBy("cntrycode"))
