df = spark.createDataFrame([(1, 10, 20), (2, 30, 40)], ["id", "q1", "q2"])
df.unpivot("id", ["q1", "q2"], "quarter", "sales").orderBy("id", "quarter").show()
df.melt(ids=["id"], values=None, variableColumnName="k", valueColumnName="v").orderBy("id", "k").show()
