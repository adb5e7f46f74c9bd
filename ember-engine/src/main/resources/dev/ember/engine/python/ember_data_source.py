# Ember's runner of a Python data source's planning steps, as Spark's PythonPlannerRunner runs them: PySpark's own
# pyspark.sql.worker.create_data_source ("create": the source's instance and schema) or plan_data_source_read ("plan":
# the read function and the pickled partitions), on this process's standard input and output. What the user's code
# prints goes to standard error, not into the answer.
import os
import sys

from pyspark.sql.worker import create_data_source, plan_data_source_read

_STEPS = {"create": create_data_source, "plan": plan_data_source_read}

answer = os.fdopen(os.dup(1), "wb", buffering=65536)
os.dup2(2, 1)
sys.stdout = sys.stderr
try:
    _STEPS[sys.argv[1]].main(sys.stdin.buffer, answer)
finally:
    answer.flush()
