for q in ["SELECT a FROM VALUES (1) AS t(b)", "SELECT sum(x) FROM VALUES (1) AS t(x) GROUP BY y",
          "SELECT * FROM VALUES (1) AS t(x) JOIN VALUES (2) AS u(x) USING (z)", "SELECT CAST(1 AS nosuchtype)"]:
    try:
        spark.sql(q).collect()
    except Exception as e:
        print(type(e).__name__, e.getCondition())
