df = spark.createDataFrame([(1, None, "a"), (None, 2.0, None), (3, 3.0, "c"), (None, None, None)], "i int, d double, s string")
df.na.fill(0).orderBy("s", "i").show()
df.fillna({"s": "none", "d": -1.0}).orderBy("s", "i").show()
print(df.dropna().count(), df.dropna(how="all").count(), df.dropna(thresh=2).count(), df.na.drop(subset=["i"]).count())
