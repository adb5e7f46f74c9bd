import datetime

df = spark.createDataFrame([(datetime.datetime(2024, 3, 31, 1, 30), datetime.date(2024, 3, 31))], "ts timestamp, d date")
pdf = df.toPandas()
print(pdf.dtypes.to_string())
print(pdf.to_string())
print(df.selectExpr("cast(ts as string) s", "unix_timestamp(ts) u").collect())
