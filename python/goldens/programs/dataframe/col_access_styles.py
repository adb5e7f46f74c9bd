df = spark.createDataFrame([(1, "ann"), (2, "bo")], ["id", "name"])
df.select(df.id, df["name"], df.name.alias("n2")).orderBy(df.id.desc()).show()
print(df.filter(df.name.startswith("a")).count())
