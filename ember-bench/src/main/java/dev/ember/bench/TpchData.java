package dev.ember.bench;

import io.trino.tpch.Customer;
import io.trino.tpch.LineItem;
import io.trino.tpch.Nation;
import io.trino.tpch.Order;
import io.trino.tpch.Part;
import io.trino.tpch.PartSupplier;
import io.trino.tpch.Region;
import io.trino.tpch.Supplier;
import io.trino.tpch.TpchTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * TPC-H data in pure Java (io.trino.tpch, the dbgen port) written as Parquet through DuckDB's
 * appender: {@code DIR/<table>/part-NNNN.parquet}, one directory per table. Adapted from the shared
 * generator in ../shared/tpch (Gen.java). A finished directory holds a {@code _SUCCESS} file naming
 * its scale factor and is reused as is.
 */
public final class TpchData {
    static final String[] TABLES = {"lineitem", "orders", "partsupp", "part", "customer", "supplier", "nation", "region"};
    static final long ROWS_PER_PART = 1_500_000L;

    private TpchData() {
    }

    static final Map<String, String> DDL = new LinkedHashMap<>();
    static {
        DDL.put("lineitem", "l_orderkey BIGINT NOT NULL, l_partkey BIGINT NOT NULL, l_suppkey BIGINT NOT NULL, l_linenumber INTEGER NOT NULL, "
                + "l_quantity DECIMAL(15,2) NOT NULL, l_extendedprice DECIMAL(15,2) NOT NULL, l_discount DECIMAL(15,2) NOT NULL, l_tax DECIMAL(15,2) NOT NULL, "
                + "l_returnflag VARCHAR NOT NULL, l_linestatus VARCHAR NOT NULL, l_shipdate DATE NOT NULL, l_commitdate DATE NOT NULL, l_receiptdate DATE NOT NULL, "
                + "l_shipinstruct VARCHAR NOT NULL, l_shipmode VARCHAR NOT NULL, l_comment VARCHAR NOT NULL");
        DDL.put("orders", "o_orderkey BIGINT NOT NULL, o_custkey BIGINT NOT NULL, o_orderstatus VARCHAR NOT NULL, o_totalprice DECIMAL(15,2) NOT NULL, "
                + "o_orderdate DATE NOT NULL, o_orderpriority VARCHAR NOT NULL, o_clerk VARCHAR NOT NULL, o_shippriority INTEGER NOT NULL, o_comment VARCHAR NOT NULL");
        DDL.put("partsupp", "ps_partkey BIGINT NOT NULL, ps_suppkey BIGINT NOT NULL, ps_availqty INTEGER NOT NULL, ps_supplycost DECIMAL(15,2) NOT NULL, ps_comment VARCHAR NOT NULL");
        DDL.put("part", "p_partkey BIGINT NOT NULL, p_name VARCHAR NOT NULL, p_mfgr VARCHAR NOT NULL, p_brand VARCHAR NOT NULL, p_type VARCHAR NOT NULL, "
                + "p_size INTEGER NOT NULL, p_container VARCHAR NOT NULL, p_retailprice DECIMAL(15,2) NOT NULL, p_comment VARCHAR NOT NULL");
        DDL.put("customer", "c_custkey BIGINT NOT NULL, c_name VARCHAR NOT NULL, c_address VARCHAR NOT NULL, c_nationkey BIGINT NOT NULL, c_phone VARCHAR NOT NULL, "
                + "c_acctbal DECIMAL(15,2) NOT NULL, c_mktsegment VARCHAR NOT NULL, c_comment VARCHAR NOT NULL");
        DDL.put("supplier", "s_suppkey BIGINT NOT NULL, s_name VARCHAR NOT NULL, s_address VARCHAR NOT NULL, s_nationkey BIGINT NOT NULL, s_phone VARCHAR NOT NULL, "
                + "s_acctbal DECIMAL(15,2) NOT NULL, s_comment VARCHAR NOT NULL");
        DDL.put("nation", "n_nationkey BIGINT NOT NULL, n_name VARCHAR NOT NULL, n_regionkey BIGINT NOT NULL, n_comment VARCHAR NOT NULL");
        DDL.put("region", "r_regionkey BIGINT NOT NULL, r_name VARCHAR NOT NULL, r_comment VARCHAR NOT NULL");
    }
    /** Approximate rows per scale factor unit (for choosing the number of parts). */
    static final Map<String, Long> BASE_ROWS = Map.of("lineitem", 6_000_000L, "orders", 1_500_000L, "partsupp", 800_000L,
            "part", 200_000L, "customer", 150_000L, "supplier", 10_000L, "nation", 25L, "region", 5L);

    // io.trino.tpch entity getters already return days since 1970-01-01 (not to be converted again)

    static long appendPart(String table, double sf, int part, int parts, DuckDBAppender a) throws SQLException {
        long n = 0;
        switch (table) {
            case "lineitem":
                for (LineItem x : TpchTable.LINE_ITEM.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getOrderKey()).append(x.getPartKey()).append(x.getSupplierKey()).append(x.getLineNumber())
                            .appendDecimal(x.getQuantity() * 100).appendDecimal(x.getExtendedPriceInCents())
                            .appendDecimal(x.getDiscountPercent()).appendDecimal(x.getTaxPercent())
                            .append(x.getReturnFlag()).append(x.getStatus())
                            .appendEpochDays((x.getShipDate())).appendEpochDays((x.getCommitDate())).appendEpochDays((x.getReceiptDate()))
                            .append(x.getShipInstructions()).append(x.getShipMode()).append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "orders":
                for (Order x : TpchTable.ORDERS.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getOrderKey()).append(x.getCustomerKey()).append(String.valueOf(x.getOrderStatus()))
                            .appendDecimal(x.getTotalPriceInCents()).appendEpochDays((x.getOrderDate())).append(x.getOrderPriority())
                            .append(x.getClerk()).append(x.getShipPriority()).append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "partsupp":
                for (PartSupplier x : TpchTable.PART_SUPPLIER.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getPartKey()).append(x.getSupplierKey()).append(x.getAvailableQuantity())
                            .appendDecimal(x.getSupplyCostInCents()).append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "part":
                for (Part x : TpchTable.PART.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getPartKey()).append(x.getName()).append(x.getManufacturer()).append(x.getBrand())
                            .append(x.getType()).append(x.getSize()).append(x.getContainer()).appendDecimal(x.getRetailPriceInCents())
                            .append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "customer":
                for (Customer x : TpchTable.CUSTOMER.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getCustomerKey()).append(x.getName()).append(x.getAddress()).append(x.getNationKey())
                            .append(x.getPhone()).appendDecimal(x.getAccountBalanceInCents()).append(x.getMarketSegment())
                            .append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "supplier":
                for (Supplier x : TpchTable.SUPPLIER.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getSupplierKey()).append(x.getName()).append(x.getAddress()).append(x.getNationKey())
                            .append(x.getPhone()).appendDecimal(x.getAccountBalanceInCents()).append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "nation":
                for (Nation x : TpchTable.NATION.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getNationKey()).append(x.getName()).append(x.getRegionKey()).append(x.getComment()).endRow();
                    n++;
                }
                break;
            case "region":
                for (Region x : TpchTable.REGION.createGenerator(sf, part, parts)) {
                    a.beginRow().append(x.getRegionKey()).append(x.getName()).append(x.getComment()).endRow();
                    n++;
                }
                break;
            default:
                throw new IllegalArgumentException(table);
        }
        return n;
    }

    /** Generates SF {@code sf} into {@code dir} unless it is already there; returns {@code dir}. */
    public static Path ensure(String sf, Path dir) throws IOException, SQLException {
        Path marker = dir.resolve("_SUCCESS");
        if (Files.exists(marker) && Files.readString(marker).trim().equals("sf=" + sf)) {
            return dir;
        }
        double scale = Double.parseDouble(sf);
        long t0 = System.nanoTime();
        System.out.printf("generating TPC-H SF%s into %s ...%n", sf, dir);
        Files.createDirectories(dir);
        Files.deleteIfExists(marker);
        Properties props = new Properties();
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        props.setProperty("threads", "1");
        props.setProperty("preserve_insertion_order", "true");
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", props);
             Statement s = c.createStatement()) {
            for (String table : TABLES) {
                long est = (long) Math.max(1, BASE_ROWS.get(table) * (table.equals("nation") || table.equals("region") ? 1 : scale));
                int parts = (int) Math.max(1, (est + ROWS_PER_PART - 1) / ROWS_PER_PART);
                Path tableDir = dir.resolve(table);
                Files.createDirectories(tableDir);
                try (Stream<Path> old = Files.list(tableDir)) {
                    for (Path f : (Iterable<Path>) old::iterator) {
                        if (f.getFileName().toString().endsWith(".parquet")) {
                            Files.delete(f);
                        }
                    }
                }
                long rows = 0;
                for (int part = 1; part <= parts; part++) {
                    String tmp = table + "_p" + part;
                    s.execute("CREATE TABLE " + tmp + " (" + DDL.get(table) + ")");
                    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, tmp)) {
                        rows += appendPart(table, scale, part, parts, a);
                    }
                    Path file = tableDir.resolve(String.format("part-%04d.parquet", part)).toAbsolutePath();
                    s.execute("COPY " + tmp + " TO '" + file + "' (FORMAT parquet)");
                    s.execute("DROP TABLE " + tmp);
                }
                System.out.printf("  %-9s %,12d rows in %d file(s)%n", table, rows, parts);
            }
        }
        Files.writeString(marker, "sf=" + sf + "\n");
        System.out.printf("generated SF%s in %.1f s%n", sf, (System.nanoTime() - t0) / 1e9);
        return dir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TpchData SF DIR");
            System.exit(2);
        }
        ensure(args[0], Path.of(args[1]));
    }
}
