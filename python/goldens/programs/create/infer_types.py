import datetime
from decimal import Decimal

df = spark.createDataFrame([(1, 2.0, "s", True, Decimal("1.5"), datetime.date(2020, 1, 1), [1, 2], {"k": 1})])
print(df.dtypes)
