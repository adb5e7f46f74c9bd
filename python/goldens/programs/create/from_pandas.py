import pandas as pd

pdf = pd.DataFrame({"id": [1, 2, 3], "name": ["a", "b", None], "score": [1.5, None, 3.0]})
df = spark.createDataFrame(pdf)
df.printSchema()
df.orderBy("id").show()
