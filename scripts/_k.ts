import { lastStatementShape, differenceShape } from './fuzz/kinds';
console.log(lastStatementShape(`a = 1\ntry:\n    print(c[0].missing)\nexcept AttributeError:\n    print("caught", sys.getrefcount(c[0]))\n`));
console.log(lastStatementShape(`b = 2\nprint(b[0])\n`));
console.log(lastStatementShape(`for k, v in e[1].items():\n    print(k, v)\n`));
console.log(lastStatementShape(`print(d['k3'].other, sys.getrefcount(d['k3'].other))\n`));
console.log(differenceShape('a\ncaught 4\n', 'a\ncaught 3\n'));
console.log(differenceShape('k1 (42, {0: 2, \'k1\': (...)})\n', 'k1 (42, {0: 2, \'k1\': tuple(...)})\n'));
console.log(differenceShape('del t1\ndel t2\n', 'del t2\ndel t1\n'));
console.log(differenceShape('del t1\ndel t2\n', 'del t1\n'));
