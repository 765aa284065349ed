# string.Template: $name, ${name} and $$, substitute vs safe_substitute,
# mappings and keywords, the KeyError and "Invalid placeholder" errors,
# get_identifiers/is_valid, and subclasses with their own delimiter.
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), "|", t.template)
print(t.substitute({"who": "ann", "what": "tea"}), "|", t.substitute({"who": "ann"}, what="coffee"))
print(t.safe_substitute(who="bob"), "|", t.safe_substitute())
print(Template("${noun}ification costs $$5").substitute(noun="simple"))
print(Template("$x$y ${z}s $_under $X1").substitute(x=1, y=2, z="thing", _under="_", X1="caps"))
print(Template("$x").substitute({"x": 1}, x="keyword wins"), Template("$x.attr $x_y").safe_substitute(x="v"))
print(Template("no placeholders").substitute(), Template("$é $x").safe_substitute(x=1))
print(Template("$a $b $a ${c} $$d").get_identifiers(), Template("$a $").is_valid(), Template("${a} $$").is_valid())
print(Template("${broken and $").safe_substitute(broken=1))
print(Template("$list and $num").substitute(list=[1, "a"], num=3.5))

for text, kwargs in [("$who likes $what", {"who": "x"}), ("Give $who $100", {"who": "tim"}), ("cost: $", {}),
                     ("a\nbb $", {}), ("line1\r\nline2\n${x", {"x": 1}), ("$$ ${ok} ${1bad}", {"ok": 1})]:
    try:
        print(repr(Template(text).substitute(**kwargs)))
    except KeyError as e:
        print("KeyError:", e)
    except ValueError as e:
        print("ValueError:", e)

for expr in ["Template()", "Template('x').substitute(1, 2)", "Template(5).substitute()"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %{amount} (100%% sure) $x").substitute(who="ann", amount="$5"))


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


print(Template("Dear $title $name,").substitute(Defaults(name="Smith")))


class Letter(Template):
    def __init__(self, body):
        super().__init__("Dear $name,\n" + body + "\nRegards")

    def render(self, **kw):
        return self.safe_substitute(**kw)


letter = Letter("Your order $order ships $when.")
print(letter.render(name="Ann", order="#42"))
print(Template.delimiter, Template.braceidpattern, isinstance(letter, Template), type(letter).__name__)


# Subclasses that change the identifier pattern (the documentation's
# example) or the flags get CPython's regular expression.
class Underscored(Template):
    delimiter = "%"
    idpattern = "[a-z]+_[a-z]+"


u = Underscored("%% %with_underscore %notunderscored")
print(u.safe_substitute({"with_underscore": "replaced", "notunderscored": "not replaced"}), u.get_identifiers())


class CaseSensitive(Template):
    flags = 0


print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))
