# Groups wider than 15 show the first 15 and "and N more exceptions";
# groups nested deeper than 10 show "... (max_group_depth is 10)".
g = ExceptionGroup("base", [ValueError(1)])
for i in range(12):
    g = ExceptionGroup(f"level {i}", [g, KeyError(i)])
wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
exactly = ExceptionGroup("fifteen", [TypeError(i) for i in range(15)])
one_more = ExceptionGroup("sixteen", [TypeError(i) for i in range(16)])
print(len(wide.exceptions), len(exactly.exceptions), len(one_more.exceptions))
raise ExceptionGroup("top", [g, wide, exactly, one_more]) from None
