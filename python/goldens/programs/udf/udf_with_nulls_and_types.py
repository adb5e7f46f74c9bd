from pyspark.sql.functions import udf

describe = udf(lambda v: "None" if v is None else type(v).__name__, "string")
df = spark.sql("SELECT 1 AS i, 2L AS l, 1.5D AS d, 'x' AS s, DATE '2024-01-01' AS dt, TIMESTAMP '2024-01-01 00:00:00' AS ts, array(1) AS a, CAST(1.5 AS DECIMAL(3,1)) AS dec, CAST(NULL AS INT) AS n")
df.select(*[describe(c).alias(c) for c in df.columns]).show()
