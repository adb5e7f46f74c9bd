import pandas as pd
from pyspark.sql.streaming.state import GroupStateTimeout

df = spark.createDataFrame([("a", 1), ("a", 2), ("b", 5)], "k string, v int")


def count_rows(key, pdfs, state):
    total = state.get[0] if state.exists else 0
    for pdf in pdfs:
        total += len(pdf)
    state.update((total,))
    yield pd.DataFrame({"k": [key[0]], "n": [total]})


try:
    df.groupBy("k").applyInPandasWithState(count_rows, "k string, n long", "n long", "append",
                                           GroupStateTimeout.NoTimeout).orderBy("k").show()
except Exception as e:
    print("applyInPandasWithState:", type(e).__name__, getattr(e, "getCondition", lambda: None)())
