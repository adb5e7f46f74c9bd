df = spark.createDataFrame([(1, [1, 2], {"a": 1}, (1, "x"))], "id int, arr array<int>, m map<string,int>, st struct<p:int,q:string>")
pdf = df.toPandas()
print(pdf.dtypes.to_string())
print(pdf.to_string())
