from pyspark.sql.functions import udf
from pyspark.sql.types import ArrayType, IntegerType, MapType, StringType, StructType, StructField

split_words = udf(lambda s: s.split(" "), ArrayType(StringType()))
char_counts = udf(lambda s: {c: s.count(c) for c in sorted(set(s.replace(" ", "")))}, MapType(StringType(), IntegerType()))
pair = udf(lambda s: (len(s), s.upper()), StructType([StructField("n", IntegerType()), StructField("u", StringType())]))
df = spark.createDataFrame([("ab ba",)], ["s"])
out = df.select(split_words("s").alias("w"), char_counts("s").alias("c"), pair("s").alias("p"))
out.printSchema()
out.show(truncate=False)
