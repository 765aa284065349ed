//! What the interpreter runs: the syntax tree with every name resolved to
//! where it lives (a local slot, a cell, a class namespace or the module),
//! constants built as values, and each node marked when it can suspend
//! (contains `await` or `yield` outside nested functions): the interpreter
//! runs unmarked nodes on its fast recursive path.

use std::cell::Cell;
use std::rc::Rc;

use crate::runtime::{Name, Value};
use crate::syntax::ast::{BinOp, CmpOp, Span, UnaryOp};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// A function's parameters, in slot order: positional (position-only
/// first), keyword-only, then `*args` and `**kwargs` as CPython orders them.
#[derive(Default)]
pub struct ParamSpec {
    pub posonly: usize,
    /// Positional parameters, position-only ones included.
    pub positional: usize,
    pub kwonly: usize,
    pub vararg: bool,
    pub kwarg: bool,
}

impl ParamSpec {
    pub fn count(&self) -> usize {
        self.positional + self.kwonly + self.vararg as usize + self.kwarg as usize
    }
}

pub struct Code {
    pub kind: CodeKind,
    pub name: Name,
    pub qualname: Rc<str>,
    pub file: Rc<str>,
    pub line: u32,
    pub params: ParamSpec,
    /// Names of the local slots; parameters come first.
    pub local_names: Vec<Name>,
    /// Names of cells: this scope's own cells, then its free variables.
    pub cell_names: Vec<Name>,
    pub own_cells: usize,
    /// For each free variable, its index among the enclosing scope's cells.
    pub free_from: Vec<u32>,
    /// Parameters that inner functions capture: (local slot, cell index).
    pub param_cells: Vec<(u32, u32)>,
    pub body: Vec<Stmt>,
    pub is_generator: bool,
    pub is_async: bool,
    pub doc: Option<Value>,
}

impl Code {
    /// Module code with `await` at top level (compiled interactively): it
    /// runs as a coroutine.
    pub fn top_level_awaits(&self) -> bool {
        self.body.iter().any(|s| s.suspends)
    }

    /// Only positional parameters and a plain body: a call with exactly
    /// that many positional arguments fills the first slots directly.
    pub fn takes_positional(&self, n: usize) -> bool {
        let p = &self.params;
        p.positional == n
            && p.kwonly == 0
            && !p.vararg
            && !p.kwarg
            && !self.is_generator
            && !self.is_async
    }
}

pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
    pub suspends: bool,
}

pub enum StmtKind {
    Expr(Expr),
    /// An expression statement of interactive code at module level: its
    /// value is shown, as `sys.displayhook` shows it (repr, and `_`).
    Display(Expr),
    Assign(Vec<Target>, Expr),
    AugAssign(Target, BinOp, Expr),
    /// `x: int = v` at module or class level records the annotation.
    Annotate {
        name: Name,
        annotation: Expr,
    },
    Delete(Vec<Target>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Assert(Expr, Option<Expr>),
    Import(Vec<ImportName>),
    ImportFrom {
        module: Rc<str>,
        level: u32,
        names: Vec<(Name, Target)>,
    },
    ImportStar {
        module: Rc<str>,
        level: u32,
    },
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Try(Box<Try>),
    With {
        items: Vec<(Expr, Option<Target>)>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    FunctionDef {
        def: Rc<FuncDef>,
        decorators: Vec<Expr>,
        target: Target,
    },
    ClassDef(Box<ClassDef>),
    Match(Expr, Vec<MatchCase>),
}

impl StmtKind {
    /// Loops, try, with and match: statements with bodies.
    pub fn is_compound(&self) -> bool {
        matches!(
            self,
            StmtKind::While(..)
                | StmtKind::For { .. }
                | StmtKind::Try(_)
                | StmtKind::With { .. }
                | StmtKind::Match(..)
        )
    }
}

pub struct ImportName {
    /// The dotted module name.
    pub module: Rc<str>,
    /// Where the result goes: the top package for `import a.b`, the
    /// module itself for `import a.b as c`.
    pub target: Target,
    pub bind_top: bool,
}

pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
    pub star: bool,
}

pub struct Handler {
    pub typ: Option<Expr>,
    pub name: Option<Target>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

pub struct FuncDef {
    pub code: Rc<Code>,
    pub defaults: Vec<Expr>,
    /// Keyword-only defaults: (index among keyword-only parameters, value).
    pub kwdefaults: Vec<(usize, Expr)>,
    /// Parameter and return annotations, evaluated where the function is
    /// defined (`return` for the return annotation).
    pub annotations: Vec<(Name, Expr)>,
}

pub struct ClassDef {
    pub name: Name,
    pub code: Rc<Code>,
    pub bases: Vec<Expr>,
    pub keywords: Vec<(Option<Name>, Expr)>,
    pub decorators: Vec<Expr>,
    pub target: Target,
}

pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

pub enum Pattern {
    Value(Expr),
    Singleton(Value),
    Sequence(Vec<Pattern>),
    Star(Option<Target>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Target>,
    },
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        keywords: Vec<(Name, Pattern)>,
    },
    As(Option<Box<Pattern>>, Option<Target>),
    Or(Vec<Pattern>),
}

/// Where an assignment stores.
pub enum Target {
    Local(u32),
    Cell(u32),
    Global(Name),
    /// A name in a class body: the class namespace.
    ClassName(Name),
    Attr(Expr, Name),
    Subscript(Expr, Expr),
    /// `a, *b, c = ...`: `star` is the index of the starred target.
    Unpack(Vec<Target>, Option<usize>),
}

pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub suspends: bool,
}

/// Where a global read found its name last time, to look there first:
/// its position among the module's globals, or, while the module's
/// names stay the same (`Namespace::version`), its position among the
/// builtins.
#[derive(Default)]
pub struct GlobalSite {
    pub hint: Cell<u32>,
    pub builtin: Cell<Option<(u32, u32)>>,
}

pub enum ExprKind {
    Const(Value),
    Local(u32),
    Cell(u32),
    Global(Name, GlobalSite),
    /// A name read in a class body: the class namespace, then globals.
    ClassName(Name),
    /// A free variable read in a class body: the namespace, then the cell.
    ClassCell(Name, u32),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` as key: `**mapping`.
    Dict(Vec<(Option<Expr>, Expr)>),
    Starred(Box<Expr>),
    Attr(Box<Expr>, Name),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Call(Box<Call>),
    /// `obj.name(args)`: looked up and called without a bound method.
    MethodCall(Box<Expr>, Name, Box<Call>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `local op int` (`n - 1`, `i + 1`, `k * 2`): the commonest binary
    /// operation, evaluated without a recursive call.
    LocalOpInt(BinOp, u32, i64),
    /// `local < int` and the other orderings and equalities: loop and
    /// recursion tests.
    LocalCmpInt(CmpOp, u32, i64),
    Unary(UnaryOp, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Lambda(Rc<FuncDef>),
    Walrus(Box<Target>, Box<Expr>),
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Comprehension(Rc<Comprehension>),
    FString(Vec<FPart>),
    /// `super()` with no arguments, in a method: the `__class__` cell and
    /// the first parameter.
    Super {
        class_cell: Option<u32>,
    },
    /// `locals()`, `vars()` or `dir()` with no arguments: the current
    /// scope's names (sorted names, for `dir`).
    ScopeNames {
        dir: bool,
    },
}

pub struct Call {
    /// Positional arguments only, none starred: the fast call path.
    pub simple: bool,
    pub func: Expr,
    /// Positional arguments; `Starred` ones unpack.
    pub args: Vec<Expr>,
    /// Keyword arguments; `None` for `**mapping`.
    pub kwargs: Vec<(Option<Name>, Expr)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

pub struct Comprehension {
    pub kind: CompKind,
    pub code: Rc<Code>,
    /// Evaluated in the enclosing scope.
    pub first_iter: Expr,
    pub loops: Vec<CompLoop>,
    /// The element (the key for dict comprehensions).
    pub element: Expr,
    pub value: Option<Expr>,
    /// Has `async for` or `await` inside.
    pub is_async: bool,
}

pub struct CompLoop {
    pub target: Target,
    /// `None` for the first loop, which iterates the argument `.0`.
    pub iter: Option<Expr>,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

pub enum FPart {
    Lit(Rc<str>),
    Field {
        expr: Expr,
        debug: Option<Rc<str>>,
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
    },
}
