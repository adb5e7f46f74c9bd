from pyspark.sql.types import ArrayType, IntegerType, MapType, StringType, StructField, StructType

schema = StructType([
    StructField("name", StringType(), False),
    StructField("address", StructType([StructField("city", StringType()), StructField("zip", StringType())])),
    StructField("scores", ArrayType(IntegerType())),
    StructField("attrs", MapType(StringType(), StringType())),
])
df = spark.createDataFrame([("ann", ("paris", "75001"), [1, 2], {"k": "v"})], schema)
df.printSchema()
df.select("name", "address.city", "scores", "attrs").show()
print(df.schema == schema)
