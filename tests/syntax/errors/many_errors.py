x = (
)
if x
    pass
y = 1 +
def f(:
    pass
z = [1, 2
]
class
return )
a b c
lambda x x
import
from import x
w = 1 2
while
    pass
q = {1: }
